/**
 * First path segments after the language that the site's own routes answer
 * (src/app/(site)/[locale]/*): a page with one of these slugs could never be
 * reached. `about` is not among them: the About route shows the page whose
 * slug is `about` when there is one.
 */
export const RESERVED_PAGE_SLUGS = [
  'editions',
  'films',
  'guests',
  'news',
  'partners',
  'people',
  'programme',
  'quotes',
  'screenings',
  'search',
  'venues',
] as const

/** A slug field's rule: refuses the segments of the site's own pages, naming the clash. */
export function validatePageSlug(value: null | string | undefined): string | true {
  if (!value) return true
  return (RESERVED_PAGE_SLUGS as readonly string[]).includes(value)
    ? `"${value}" is taken by the site's own /${value} page, so this page could never be reached: choose another slug (e.g. "${value}-info").`
    : true
}
