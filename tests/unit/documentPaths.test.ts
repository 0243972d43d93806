import { documentPaths } from '@/i18n/routes'

test('a film’s pages in every locale, for its slug and its earlier ones', () => {
  expect(documentPaths('films', { slug: 'mua-do', previousSlugs: ['red-rain'] })).toEqual([
    '/en/films/mua-do',
    '/en/films/red-rain',
    '/fr/films/mua-do',
    '/fr/films/red-rain',
    '/vi/films/mua-do',
    '/vi/films/red-rain',
  ])
})

test('collections without pages of their own have none', () => {
  expect(documentPaths('quotes', { slug: 'x' })).toEqual([])
  expect(documentPaths('films', null)).toEqual([])
})
