import { negotiateLocale } from '@/i18n/negotiate'

test.each([
  ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
  ['fr-CA,fr;q=0.9', 'fr'],
  ['de-DE,fr;q=0.5,en;q=0.3', 'fr'],
  ['en-US,en;q=0.9', 'en'],
  ['ja-JP', 'en'],
  ['', 'en'],
  [null, 'en'],
  ['*', 'en'],
])('Accept-Language %j → %s', (header, locale) => {
  expect(negotiateLocale(header)).toBe(locale)
})
