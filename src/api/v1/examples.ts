/** The example requests of the partner docs page (/{locale}/partners/api), one per endpoint. */

/** Published slugs of the seeded edition, so the examples answer with data. */
const EXAMPLE_SLUG: Record<string, string> = {
  '/people': 'dang-thai-huyen',
  '/editions': 'vietnamese-film-week-2025',
  '/films': 'mua-do',
  '/posts': 'red-rain-closes-the-vietnamese-film-week-in-paris',
}
const EXAMPLE_QUERY: Record<string, string> = {
  '/programme': '?from=2025-12-13&locale=fr',
  '/quotes': '?featured=true',
}

/** An OpenAPI path (`/films/{slug}`) as a URL to try under `base` (the API's root, without a trailing slash). */
export function exampleUrl(base: string, path: string): string {
  const slug = Object.entries(EXAMPLE_SLUG).find(([prefix]) => path.startsWith(prefix))?.[1] ?? ''
  return `${base}${path.replace('{slug}', slug)}${EXAMPLE_QUERY[path] ?? ''}`
}

/** Double quotes around the header so the shell expands $FILMWEEK_KEY; single ones around the URL, whose `&` it must not read. */
export const curlExample = (url: string) => `curl -H "Authorization: users API-Key $FILMWEEK_KEY" '${url}'`

export const fetchExample = (url: string, calendar: boolean) =>
  [
    `const response = await fetch('${url}', {`,
    '  headers: { Authorization: `users API-Key ${process.env.FILMWEEK_KEY}` },',
    '})',
    'if (!response.ok) throw new Error((await response.json()).error.message)',
    calendar ? 'const calendar = await response.text()' : 'const { data } = await response.json()',
  ].join('\n')
