/**
 * "Uncached" on demand: expires every cache tag the synthetic documents can
 * be read under, through the server's own signed revalidation route (the one
 * its scheduled-publishing job uses). The next request then renders, or
 * answers, from the database: the worst case after an editor publishes.
 */
import { sign, type Expiry } from '@/publication/signature'
import { tag } from '@/data/tags'

import type { Fixtures } from './fixtures'

/** The route takes at most this many tags per call (src/app/api/internal/revalidate). */
const PER_CALL = 500

export function allTags(fixtures: Fixtures): string[] {
  const tags: string[] = [
    'site',
    'editions',
    'films',
    'screenings',
    'people',
    'quotes',
    'venues',
    'organisations',
    'media',
  ].map((name) => tag.collection(name as Parameters<typeof tag.collection>[0]))
  for (const film of fixtures.films) {
    tags.push(
      tag.doc('films', film.id),
      tag.slug('films', film.slug),
      tag.pointingAt('screenings', 'film', film.id),
      tag.pointingAt('quotes', 'film', film.id),
    )
  }
  for (const person of fixtures.people) {
    tags.push(
      tag.doc('people', person.id),
      tag.slug('people', person.slug),
      tag.pointingAt('films', 'person', person.id),
      tag.pointingAt('screenings', 'guests', person.id),
      tag.pointingAt('quotes', 'speaker', person.id),
    )
  }
  for (const edition of [fixtures.edition, fixtures.smallEdition]) {
    tags.push(
      tag.doc('editions', edition.id),
      tag.slug('editions', edition.slug),
      tag.pointingAt('screenings', 'edition', edition.id),
      tag.pointingAt('films', 'edition', edition.id),
      tag.pointingAt('quotes', 'edition', edition.id),
    )
  }
  for (const venue of fixtures.venues)
    tags.push(
      tag.doc('venues', venue.id),
      tag.slug('venues', venue.slug),
      tag.pointingAt('screenings', 'venue', venue.id),
    )
  for (const screening of fixtures.screenings) tags.push(tag.doc('screenings', screening.id))
  for (const quote of fixtures.quotes) tags.push(tag.doc('quotes', quote))
  return tags
}

/**
 * Expires every tag in `tags`. A reused build may predate the revalidation
 * route: then the bench falls back to what an editor can do, saving the site
 * settings, which expires every page (all of them read them) but not the
 * data they cached; `partial` says so.
 */
export function expirer(base: string, tags: string[], token: string) {
  const state = { partial: false }
  const viaSiteSettings = async () => {
    const response = await fetch(`${base}/api/globals/site`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: '{}',
    })
    if (response.status !== 200)
      throw new Error(`saving the site settings: ${response.status} ${await response.text()}`)
  }
  const expireAll = async () => {
    if (state.partial) return viaSiteSettings()
    for (let start = 0; start < tags.length; start += PER_CALL) {
      // Signed as the server's own background work signs it (needs PAYLOAD_SECRET in this process's environment).
      const expiry: Expiry = { tags: tags.slice(start, start + PER_CALL), paths: [] }
      const response = await fetch(`${base}/api/internal/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': sign(expiry) },
        body: JSON.stringify(expiry),
      })
      if (response.status === 404) {
        state.partial = true
        return viaSiteSettings()
      }
      if (response.status !== 200) throw new Error(`expiring tags: ${response.status} ${await response.text()}`)
    }
  }
  return { expireAll, state }
}
