/** A version cell as French and Vietnamese programmers write it, read into version, audio and subtitles. */
import { parseRow } from '@/import/rows'
import { readVersion } from '@/import/versions'

test.each([
  ['original', { version: 'original' }],
  ['VO', { version: 'original' }],
  ['V.O.', { version: 'original' }],
  ['VOST', { version: 'original', subtitles: ['fr'] }],
  ['VOSTFR', { version: 'original', subtitles: ['fr'] }],
  ['vost-fr', { version: 'original', subtitles: ['fr'] }],
  ['VOSTA', { version: 'original', subtitles: ['en'] }],
  ['VF', { version: 'dubbed', audioLanguage: 'fr' }],
  ['Bản gốc', { version: 'original' }],
  ['Phụ đề tiếng Việt', { version: 'original', subtitles: ['vi'] }],
  ['phu de tieng phap', { version: 'original', subtitles: ['fr'] }],
  ['Phụ đề', { version: 'original' }],
  ['Lồng tiếng', { version: 'dubbed' }],
  ['Thuyết minh tiếng Việt', { version: 'dubbed', audioLanguage: 'vi' }],
  ['dubbed', { version: 'dubbed' }],
])('%s', (cell, reading) => {
  expect(readVersion(cell)).toEqual(reading)
})

test.each(['VOSTXX', 'version', 'sous-titres'])('%s is refused', (cell) => {
  expect(readVersion(cell)).toBeNull()
})

const cells = { film: 'mua-do', venue: 'Pathé Palace', date: '2025-12-13', time: '20:00' }

test('VOSTFR fills the subtitles when the subtitles cell is empty; a filled cell wins', () => {
  const read = (extra: Record<string, string>) => {
    const result = parseRow({ row: 2, cells: { ...cells, ...extra } })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    return result.value
  }
  expect(read({ version: 'VOSTFR', subtitles: '' })).toMatchObject({ version: 'original', subtitles: ['fr'] })
  expect(read({ version: 'VOSTFR', subtitles: 'en' })).toMatchObject({ version: 'original', subtitles: ['en'] })
  expect(read({ version: 'VF' })).toMatchObject({ version: 'dubbed', audioLanguage: 'fr' })
  expect(read({ version: 'VF', audio_language: 'vi' })).toMatchObject({ version: 'dubbed', audioLanguage: 'vi' })
})

test('an unknown version names the accepted spellings', () => {
  const result = parseRow({ row: 3, cells: { ...cells, version: 'VOSTXX' } })
  expect(result).toEqual({
    ok: false,
    problems: [{ row: 3, column: 'version', reason: expect.stringContaining('VOSTFR, VOSTA, VF, Bản gốc') }],
  })
})
