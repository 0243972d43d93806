import fs from 'node:fs'
import path from 'node:path'

/**
 * Pages, endpoints and what renders them get relations resolved by the views
 * of src/data (one lookup helper, src/data/resolve.ts), never join them by
 * hand: a forgotten lookup there showed nothing, without an error.
 */
const CONSUMERS = ['src/app', 'src/api', 'src/components', 'src/feeds', 'src/calendar', 'src/seo']

const HAND_JOINS: [string, RegExp][] = [
  ['a made-up id for a missing relation (`?? -1`)', /\?\?\s*-1\b/],
  ['a map lookup by relationship value (`.get(idOf(…))`)', /\.(?:get|has)\(\s*idOf\(/],
  ['a map of documents by id built by hand', /new Map\([^;]*?\.map\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\[\s*\1\.id\b/],
]

function handJoins(source: string): string[] {
  return source
    .split('\n')
    .flatMap((line, index) =>
      HAND_JOINS.flatMap(([what, pattern]) => (pattern.test(line) ? [`${index + 1}: ${what}`] : [])),
    )
}

const sources = CONSUMERS.flatMap((dir) =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)),
).filter((file) => /\.tsx?$/.test(file))

test('the check finds each kind of hand join', () => {
  expect(handJoins('const film = films.get(idOf(screening.film) ?? -1)')).toEqual([
    `1: ${HAND_JOINS[0][0]}`,
    `1: ${HAND_JOINS[1][0]}`,
  ])
  expect(handJoins('const byId = new Map(people.map((person) => [person.id, person]))')).toEqual([
    `1: ${HAND_JOINS[2][0]}`,
  ])
  expect(handJoins('const speaker = index.of(quote.speaker)')).toEqual([])
})

test('no page, endpoint, component, feed or calendar file joins relations by hand', () => {
  expect(sources.length).toBeGreaterThan(50)
  const found = sources.flatMap((file) => handJoins(fs.readFileSync(file, 'utf8')).map((hit) => `${file}:${hit}`))
  expect(found).toEqual([])
})
