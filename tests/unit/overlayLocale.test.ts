import { overlayLocale } from '@/seed/upsert'

test('array rows keep their ids so other locales survive a translation update', () => {
  const saved = { awards: [{ id: 'a1', year: 2026, event: '98th Academy Awards' }], title: 'Red Rain' }
  const patch = { awards: [{ event: '98e cérémonie des Oscars' }], title: 'Pluie rouge' }
  expect(overlayLocale(saved, patch)).toEqual({
    awards: [{ id: 'a1', year: 2026, event: '98e cérémonie des Oscars' }],
    title: 'Pluie rouge',
  })
})

test('rich text is replaced whole, not merged', () => {
  const saved = { synopsis: { root: { children: [1, 2] } } }
  const patch = { synopsis: { root: { children: [3] } } }
  expect(overlayLocale(saved, patch)).toEqual(patch)
})
