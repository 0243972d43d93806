import { lastSeq, note, touchedSince } from '@/publication/log'

test('a read is touched by a later event sharing one of its tags, and only by those', () => {
  const seq = lastSeq()
  expect(touchedSince(seq, ['films:1'])).toBe(false)
  note(['films', 'films:2', 'films:slug:other'])
  expect(touchedSince(seq, ['films:1'])).toBe(false)
  expect(touchedSince(seq, ['films'])).toBe(true)
  expect(touchedSince(seq, ['films:slug:other', 'people'])).toBe(true)
  // What happened before the read began does not touch it.
  expect(touchedSince(lastSeq(), ['films'])).toBe(false)
})

test('a read older than what the log keeps counts as touched', () => {
  const seq = lastSeq()
  for (let i = 0; i < 1_001; i++) note([`screenings:${i}`])
  expect(touchedSince(seq, ['nothing-of-this'])).toBe(true)
  expect(touchedSince(lastSeq() - 1, ['nothing-of-this'])).toBe(false)
})
