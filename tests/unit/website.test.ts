import { validateAccentColour } from '@/collections/Editions/validate'
import { validatePageSlug } from '@/collections/Pages/reservedSlugs'
import { matchesFilter } from '@/collections/Pages/screeningFilter'
import { validateLinkPath } from '@/fields/link'
import { contrastOnPage } from '@/lib/contrast'

import { film, screening } from '../helpers/documents'

describe('accent colour', () => {
  test('the site’s own red passes (about 7:1 on the page background)', () => {
    expect(contrastOnPage('#a3261b')).toBeCloseTo(6.96, 2)
    expect(validateAccentColour('#a3261b')).toBe(true)
  })

  test('a colour just under 4.5:1 is refused, with its ratio rounded down so it never reads as 4.50', () => {
    // #777777 on #fbf8f4 is about 4.2:1.
    const message = validateAccentColour('#777777')
    expect(message).toMatch(
      /^#777777 has a contrast ratio of 4\.\d\d:1 against the page background \(#fbf8f4\); at least 4\.5:1 is needed/,
    )
    expect(message).not.toContain('4.50:1 against')
  })

  test('names, rgb() and short hex are colours too; anything else is refused as not a colour', () => {
    expect(validateAccentColour('navy')).toBe(true)
    expect(validateAccentColour('rgb(20, 60, 120)')).toBe(true)
    expect(validateAccentColour('#fff')).toMatch(/contrast ratio of 1\.0\d:1/)
    expect(validateAccentColour('</style><script>')).toMatch(/is not a colour/)
    expect(validateAccentColour('')).toBe(true)
  })
})

describe('page slugs', () => {
  test.each(['films', 'programme', 'news', 'guests', 'search', 'partners'])('"%s" is refused', (slug) => {
    expect(validatePageSlug(slug)).toMatch(new RegExp(`^"${slug}" is taken by the site's own /${slug} page`))
  })
  test.each(['about', 'visiting', 'tickets', 'films-info'])('"%s" is accepted', (slug) =>
    expect(validatePageSlug(slug)).toBe(true),
  )
})

describe('links', () => {
  const sibling = (doc?: unknown) => ({ siblingData: { doc } })
  test('a path of the site, a web address, or a page/post: exactly one', () => {
    expect(validateLinkPath('/programme', sibling())).toBe(true)
    expect(validateLinkPath('https://tickets.example/fw', sibling())).toBe(true)
    expect(validateLinkPath(null, sibling({ relationTo: 'pages', value: 1 }))).toBe(true)
    expect(validateLinkPath(null, sibling())).toMatch(/Choose where the link goes/)
    expect(validateLinkPath('/programme', sibling({ relationTo: 'pages', value: 1 }))).toMatch(/goes to one place/)
    expect(validateLinkPath('programme', sibling())).toMatch(/neither a path of the site/)
    expect(validateLinkPath('//evil.example', sibling())).toMatch(/neither a path of the site/)
    expect(validateLinkPath('javascript:alert(1)', sibling())).toMatch(/neither a path of the site/)
  })
})

describe('screening list block filters', () => {
  const card = film({ programme: [{ edition: 1000, section: 'closing' }] })
  const stepFree = screening({ accessibility: { stepFree: true, sdh: false, audioDescription: false } })
  test('by venue, section of the film in the edition, and accessibility flag', () => {
    expect(matchesFilter({}, stepFree, card)).toBe(true)
    expect(matchesFilter({ venue: 10 }, stepFree, card)).toBe(true)
    expect(matchesFilter({ venue: 11 }, stepFree, card)).toBe(false)
    expect(matchesFilter({ section: 'closing' }, stepFree, card)).toBe(true)
    expect(matchesFilter({ section: 'opening' }, stepFree, card)).toBe(false)
    expect(matchesFilter({ accessibility: 'stepFree' }, stepFree, card)).toBe(true)
    expect(matchesFilter({ accessibility: 'sdh' }, stepFree, card)).toBe(false)
    expect(matchesFilter({ section: 'closing' }, screening({ edition: 2000 }), card)).toBe(false)
  })
})
