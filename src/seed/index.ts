import type { Payload } from 'payload'

import { env } from '@/env'
import type { Locale } from '@/i18n/locales'

import * as content from './content'
import { seedPoster } from './poster'
import { holds, SEED_CONTEXT, upsert } from './upsert'
import { seedWebsite } from './website'

type Credentials = { email: string; password: string }
/** `admin`: the account to create or update; by default SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD, when set. */
type Options = { log: (line: string) => void; admin?: Credentials }

function adminFromEnv(): Credentials | undefined {
  const { SEED_ADMIN_EMAIL: email, SEED_ADMIN_PASSWORD: password } = env()
  return email && password ? { email, password } : undefined
}

/**
 * Loads the demo festival, or resets it to the seed's content: what already
 * holds it is left alone, so a second run writes nothing (src/seed/upsert.ts).
 */
export async function seed(payload: Payload, { log, admin = adminFromEnv() }: Options): Promise<void> {
  const started = Date.now()

  const organisations = []
  for (const { shortName, kind, role, en, fr, vi } of content.organisations) {
    const doc = await upsert(
      payload,
      'organisations',
      { shortName: { equals: shortName } },
      { shortName, kind, ...en },
      { fr, vi },
    )
    organisations.push({ organisation: doc.id, role })
  }
  log(`organisations: ${organisations.length}`)

  const { en: venueEn, fr: venueFr, vi: venueVi, ...venueData } = content.venue
  const venue = await upsert(
    payload,
    'venues',
    { name: { equals: venueData.name } },
    { ...venueData, ...venueEn },
    { fr: venueFr, vi: venueVi },
  )
  log(`venue: ${venue.name}`)

  const { en: editionEn, fr: editionFr, vi: editionVi, ...editionData } = content.edition
  const edition = await upsert(
    payload,
    'editions',
    { startDate: { equals: editionData.startDate } },
    { ...editionData, ...editionEn, venues: [venue.id], organisations },
    { fr: editionFr, vi: editionVi },
  )
  log(`edition: ${edition.name} (${edition.slug}); dates assumed`)

  const people = new Map<string, number>()
  for (const { name, en, fr, vi, ...rest } of content.people) {
    const doc = await upsert(payload, 'people', { name: { equals: name } }, { name, ...rest, ...en }, { fr, vi })
    people.set(name, doc.id)
  }
  log(`people: ${people.size}`)
  const personId = (name: string) => {
    const id = people.get(name)
    if (!id) throw new Error(`Seed refers to unknown person ${name}`)
    return id
  }

  const poster = await seedPoster(payload)
  const { en: filmEn, fr: filmFr, vi: filmVi, ...filmData } = content.film
  const author = personId('Chu Lai')
  const film = await upsert(
    payload,
    'films',
    { originalTitle: { equals: filmData.originalTitle } },
    {
      ...filmData,
      ...filmEn,
      poster: poster.id,
      sourceWork: { ...filmEn.sourceWork, kind: 'novel', author },
      boxOffice: filmData.boxOffice.map((row, index) => ({ ...row, ...filmEn.boxOffice[index] })),
      awards: filmData.awards.map((row, index) => ({ ...row, ...filmEn.awards[index] })),
      credits: [
        { person: personId('Đặng Thái Huyền'), role: 'director' },
        { person: author, role: 'screenwriter' },
        { person: author, role: 'source-author' },
      ],
      programme: [{ edition: edition.id, section: 'closing', highlight: true }],
    },
    { fr: filmFr, vi: filmVi },
  )
  log(`film: ${film.originalTitle} (${film.slug})`)

  const { guests, ...screeningData } = content.closingScreening
  const screening = await upsert(
    payload,
    'screenings',
    { and: [{ film: { equals: film.id } }, { edition: { equals: edition.id } }, { venue: { equals: venue.id } }] },
    { ...screeningData, film: film.id, edition: edition.id, venue: venue.id, guests: guests.map(personId) },
  )
  log(`screening: ${screening.title} (time, subtitles and access assumed)`)

  const quoteIds: number[] = []
  for (const quote of content.quotes) {
    const speaker = personId(quote.speaker)
    const about =
      quote.about === 'film' ? { film: film.id, screening: screening.id, edition: edition.id } : { edition: edition.id }
    const saved = await upsert(
      payload,
      'quotes',
      {
        and: [
          { speaker: { equals: speaker } },
          { 'source.publication': { equals: content.ARTICLE_SOURCE.publication } },
        ],
      },
      {
        ...quote.en,
        kind: 'paraphrase',
        originalLocale: 'en',
        featured: quote.featured,
        speaker,
        ...about,
        source: content.ARTICLE_SOURCE,
      },
      { fr: quote.fr, vi: quote.vi },
    )
    quoteIds.push(saved.id)
  }
  log(`quotes: ${content.quotes.length} (all paraphrase)`)

  const website = await seedWebsite(payload, {
    film: film.id,
    screening: screening.id,
    people: [personId('Đặng Thái Huyền'), author],
    quotes: quoteIds,
  })
  log(`pages: ${website.about.title}, ${website.visiting.title}; news: ${website.post.title}`)

  const { navigation, footerNavigation } = content.site
  const footerTarget = {
    visiting: { doc: { relationTo: 'pages' as const, value: website.visiting.id } },
    news: { path: '/news' },
  }
  const siteEn = {
    ...content.site.en,
    currentEdition: edition.id,
    navigation: navigation.map(({ path, en }) => ({ path, label: en })),
    footerNavigation: footerNavigation.map(({ target, en }) => ({ ...footerTarget[target], label: en })),
  }
  const storedSite = (locale: Locale) => payload.findGlobal({ slug: 'site', locale, fallbackLocale: false, depth: 0 })
  let site = await storedSite('en')
  if (!holds(site, siteEn))
    site = await payload.updateGlobal({ slug: 'site', locale: 'en', depth: 0, context: SEED_CONTEXT, data: siteEn })
  for (const locale of ['fr', 'vi'] as const) {
    // The rows keep their ids, so each locale's labels land on the same rows.
    const data = {
      ...content.site[locale],
      navigation: (site.navigation ?? []).map((row, index) => ({ ...row, label: navigation[index][locale] })),
      footerNavigation: (site.footerNavigation ?? []).map((row, index) => ({
        ...row,
        label: footerNavigation[index][locale],
      })),
    }
    if (!holds(await storedSite(locale), data))
      await payload.updateGlobal({ slug: 'site', locale, context: SEED_CONTEXT, data })
  }
  log('site settings')

  await seedAdmin(payload, admin, log)
  log(`done in ${Date.now() - started} ms`)
}

async function seedAdmin(payload: Payload, admin: Credentials | undefined, log: Options['log']): Promise<void> {
  if (!admin) {
    log('no SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD: create the first admin at /admin')
    return
  }
  const { email, password } = admin
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  const data = { email, password, role: 'admin' as const, name: 'Admin' }
  if (docs[0]) await payload.update({ collection: 'users', id: docs[0].id, data, context: SEED_CONTEXT })
  else await payload.create({ collection: 'users', data, context: SEED_CONTEXT })
  log(`admin user ${email}`)
}
