import { nextScreenings } from '@/data/nextScreenings'

const at = (start: string) => ({ start })
const week = [
  at('2025-12-13T19:00:00.000Z'),
  at('2025-12-10T19:00:00.000Z'),
  at('2025-12-11T14:00:00.000Z'),
  at('2025-12-12T19:00:00.000Z'),
]
const starts = (list: { start: string }[]) => list.map((screening) => screening.start)

test('during the week: the next ones from now, in time order, at most the count', () => {
  expect(starts(nextScreenings(week, new Date('2025-12-11T00:00:00.000Z'), 2))).toEqual([
    '2025-12-11T14:00:00.000Z',
    '2025-12-12T19:00:00.000Z',
  ])
})

test('a screening starting right now is still next', () => {
  expect(starts(nextScreenings(week, new Date('2025-12-13T19:00:00.000Z'), 6))).toEqual(['2025-12-13T19:00:00.000Z'])
})

test('before the week: its first ones', () => {
  expect(starts(nextScreenings(week, new Date('2025-11-01T00:00:00.000Z'), 3))).toEqual([
    '2025-12-10T19:00:00.000Z',
    '2025-12-11T14:00:00.000Z',
    '2025-12-12T19:00:00.000Z',
  ])
})

test('once the week is over: its first ones rather than nothing', () => {
  expect(starts(nextScreenings(week, new Date('2026-01-01T00:00:00.000Z'), 2))).toEqual([
    '2025-12-10T19:00:00.000Z',
    '2025-12-11T14:00:00.000Z',
  ])
})

test('no screenings, none shown', () => {
  expect(nextScreenings([], new Date(), 6)).toEqual([])
})
