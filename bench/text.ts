/**
 * Deterministic synthetic words: the same run always loads the same texts
 * (so a reused build matches the database), and nothing reads like real content.
 */
import type { Locale } from '@/i18n/locales'

/** mulberry32: a tiny seeded PRNG, good enough for picking words. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS: Record<Locale, string[]> = {
  en: ['river', 'light', 'harbour', 'monsoon', 'lantern', 'rice', 'bridge', 'letter', 'night', 'train', 'garden', 'mountain', 'market', 'silence', 'mother', 'rain'],
  fr: ['fleuve', 'lumière', 'port', 'mousson', 'lanterne', 'riz', 'pont', 'lettre', 'nuit', 'train', 'jardin', 'montagne', 'marché', 'silence', 'mère', 'pluie'],
  vi: ['sông', 'ánh sáng', 'bến cảng', 'gió mùa', 'đèn lồng', 'lúa', 'cây cầu', 'lá thư', 'đêm', 'chuyến tàu', 'khu vườn', 'núi', 'chợ', 'im lặng', 'mẹ', 'mưa'],
}

export const pad = (value: number, length = 3) => String(value).padStart(length, '0')

/** A sentence of `count` words in `locale`, the same for the same seed in every locale. */
export function sentence(locale: Locale, seed: number, count: number): string {
  const next = random(seed)
  const words = Array.from({ length: count }, () => WORDS[locale][Math.floor(next() * WORDS[locale].length)])
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** Lexical rich text from plain paragraphs (the shape Payload's editor stores). */
export function richText(...texts: string[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}

/** The same rich text paragraphs in a locale: a synopsis or a bio of a few sentences. */
export const paragraphs = (locale: Locale, seed: number, sentences: number) =>
  richText(...Array.from({ length: sentences }, (_, index) => sentence(locale, seed * 31 + index, 12)))
