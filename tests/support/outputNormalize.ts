/**
 * What is left of a page, a feed answer or a calendar file once everything
 * that changes without its content changing is taken out, so that two
 * answers can be compared: the e2e output snapshots (tests/e2e/output.test.ts)
 * and two running builds (bench/compareOutput.ts). Only this is normalized:
 * - of a page, its <main> element without <script> tags (the framework's
 *   streaming payload) plus its JSON-LD, parsed: the layout around <main>
 *   carries build ids and chunk names;
 * - /_next/static paths and nonces, which change with every build;
 * - React's text separators (`<!-- -->`), which follow how the JSX source is
 *   laid out, not what a reader gets;
 * - the site's origin in absolute links: each run takes a free port, and
 *   files prerendered by `next build` keep the build's;
 * - times from `recentFrom` (when the data was loaded) until the answer is
 *   read: updatedAt, DTSTAMP, feed dates; content's own dates lie earlier
 *   or, like a coming festival's screenings, later;
 * - calendar lines are unfolded first, so a time is never cut in two.
 */

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)/g
const ICS_TIME = /\b(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\b/g
const HTTP_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d (?:GMT|[+-]\d{4})/g

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g
const JSON_LD = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g

const normalizeBuild = (html: string) =>
  html
    .replace(/\/_next\/static\/[^"'\s)]+/g, '/_next/static/<asset>')
    .replace(/\snonce="[^"]*"/g, '')
    .replace(/<!-- -->/g, '')

export type NormalizedPage = { main: string | null; jsonLd: unknown }
export type NormalizedFeed = { type: string; body: unknown }
export type NormalizedCalendar = { type: string | null; body: string[] }

export function outputNormalizer(recentFrom: number) {
  const recent = (time: number) => !Number.isNaN(time) && time >= recentFrom && time <= Date.now()
  const normalize = (text: string) =>
    text
      .replace(/http:\/\/127\.0\.0\.1:\d+/g, '<site>')
      .replace(ISO, (time) => (recent(Date.parse(time)) ? '<run time>' : time))
      .replace(ICS_TIME, (time, y, mo, d, h, mi, s) =>
        recent(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)) ? '<run time>' : time,
      )
      .replace(HTTP_DATE, (time) => (recent(Date.parse(time)) ? '<run time>' : time))

  return {
    page(html: string): NormalizedPage {
      const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? null
      const jsonLd = [...html.matchAll(JSON_LD)].map(([, json]) => JSON.parse(json) as unknown)
      return {
        main: main && normalize(normalizeBuild(main.replace(SCRIPT, ''))),
        jsonLd: JSON.parse(normalize(JSON.stringify(jsonLd))) as unknown,
      }
    },
    feed(type: string, text: string): NormalizedFeed {
      return { type, body: type.includes('json') ? (JSON.parse(normalize(text)) as unknown) : normalize(text) }
    },
    calendar(type: string | null, text: string): NormalizedCalendar {
      return { type, body: normalize(text.replace(/\r\n[ \t]/g, '')).split('\r\n') }
    },
  }
}
