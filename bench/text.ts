/**
 * Deterministic synthetic words: the same run always loads the same texts
 * (so a reused build matches the database), and nothing reads like real content.
 */
import type { Locale } from '@/i18n/locales'
import { seededRandom } from '@/lib/seededRandom'
import { paragraphs as paragraphsOf } from '@/seed/richText'

const WORDS: Record<Locale, string[]> = {
  en: [
    'river',
    'light',
    'harbour',
    'monsoon',
    'lantern',
    'rice',
    'bridge',
    'letter',
    'night',
    'train',
    'garden',
    'mountain',
    'market',
    'silence',
    'mother',
    'rain',
  ],
  fr: [
    'fleuve',
    'lumière',
    'port',
    'mousson',
    'lanterne',
    'riz',
    'pont',
    'lettre',
    'nuit',
    'train',
    'jardin',
    'montagne',
    'marché',
    'silence',
    'mère',
    'pluie',
  ],
  vi: [
    'sông',
    'ánh sáng',
    'bến cảng',
    'gió mùa',
    'đèn lồng',
    'lúa',
    'cây cầu',
    'lá thư',
    'đêm',
    'chuyến tàu',
    'khu vườn',
    'núi',
    'chợ',
    'im lặng',
    'mẹ',
    'mưa',
  ],
}

export const pad = (value: number, length = 3) => String(value).padStart(length, '0')

/** A sentence of `count` words in `locale`, the same for the same seed in every locale. */
export function sentence(locale: Locale, seed: number, count: number): string {
  const next = seededRandom(seed)
  const words = Array.from({ length: count }, () => WORDS[locale][Math.floor(next() * WORDS[locale].length)])
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** The same rich text paragraphs in a locale: a synopsis or a bio of a few sentences. */
export const paragraphs = (locale: Locale, seed: number, sentences: number) =>
  paragraphsOf(...Array.from({ length: sentences }, (_, index) => sentence(locale, seed * 31 + index, 12)))
