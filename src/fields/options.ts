/** Languages offered for audio and subtitles; the site's own locales come first. */
export const LANGUAGE_OPTIONS = [
  { label: 'Tiếng Việt (vi)', value: 'vi' },
  { label: 'Français (fr)', value: 'fr' },
  { label: 'English (en)', value: 'en' },
  { label: 'Deutsch (de)', value: 'de' },
  { label: 'Español (es)', value: 'es' },
] as const

export const LANGUAGE_CODES = LANGUAGE_OPTIONS.map((option) => option.value)
