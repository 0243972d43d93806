/**
 * How programmers write a screening's version in a spreadsheet, besides our
 * codes (original, dubbed): the French VO, VOST, VOSTFR, VOSTA, VF, and the
 * Vietnamese Bản gốc, Phụ đề (tiếng Việt…), Lồng tiếng, Thuyết minh. A few of
 * them also name the audio or subtitle language ("VOSTFR": French subtitles).
 */
import type { Language, Version } from './format'

export type VersionReading = { version: Version; audioLanguage?: Language; subtitles?: Language[] }

/** Case, accents, dots, spaces and hyphens do not matter: "V.O.S.T.-FR", "vostfr" and "Phu de tieng Viet" are read alike. */
const key = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s.\-_/]+/g, '')

/** Language suffixes in French (VOSTA, VOSTANG…) and Vietnamese (tiếng Pháp…), by code. */
const LANGUAGE_SUFFIXES: Record<string, Language> = {
  fr: 'fr',
  f: 'fr',
  francais: 'fr',
  tiengphap: 'fr',
  phap: 'fr',
  a: 'en',
  ang: 'en',
  en: 'en',
  anglais: 'en',
  tienganh: 'en',
  anh: 'en',
  vi: 'vi',
  viet: 'vi',
  vietnamien: 'vi',
  tiengviet: 'vi',
  de: 'de',
  all: 'de',
  allemand: 'de',
  tiengduc: 'de',
  duc: 'de',
  es: 'es',
  esp: 'es',
  espagnol: 'es',
  tiengtaybannha: 'es',
  taybannha: 'es',
}

const WHOLE: Record<string, VersionReading> = {
  original: { version: 'original' },
  dubbed: { version: 'dubbed' },
  vo: { version: 'original' },
  ov: { version: 'original' },
  versionoriginale: { version: 'original' },
  bangoc: { version: 'original' },
  nguyenban: { version: 'original' },
  subtitled: { version: 'original' },
  vf: { version: 'dubbed', audioLanguage: 'fr' },
  versionfrancaise: { version: 'dubbed', audioLanguage: 'fr' },
}

/** Prefix, what it means, and the subtitle/audio language when no suffix names one. */
const PREFIXES: { prefix: string; reading: (language: Language | undefined) => VersionReading }[] = [
  // "VOST" alone, in France, means French subtitles.
  { prefix: 'vost', reading: (language) => ({ version: 'original', subtitles: [language ?? 'fr'] }) },
  { prefix: 'phude', reading: (language) => ({ version: 'original', ...(language ? { subtitles: [language] } : {}) }) },
  {
    prefix: 'longtieng',
    reading: (language) => ({ version: 'dubbed', ...(language ? { audioLanguage: language } : {}) }),
  },
  {
    prefix: 'thuyetminh',
    reading: (language) => ({ version: 'dubbed', ...(language ? { audioLanguage: language } : {}) }),
  },
]

/** The accepted spellings, for the error message and the column guide. */
export const VERSION_EXAMPLES = [
  'original',
  'dubbed',
  'VO',
  'VOST',
  'VOSTFR',
  'VOSTA',
  'VF',
  'Bản gốc',
  'Phụ đề tiếng Việt',
  'Lồng tiếng',
  'Thuyết minh',
]

/** The reading of a version cell, or null when it is not one of the accepted spellings. */
export function readVersion(value: string): VersionReading | null {
  const compact = key(value)
  if (WHOLE[compact]) return WHOLE[compact]
  for (const { prefix, reading } of PREFIXES) {
    if (!compact.startsWith(prefix)) continue
    const rest = compact.slice(prefix.length)
    if (!rest) return reading(undefined)
    const language = LANGUAGE_SUFFIXES[rest]
    return language ? reading(language) : null
  }
  return null
}
