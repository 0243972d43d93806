import type { Payload } from 'payload'

import { env } from '@/env'

import * as content from './content'
import { seedPoster } from './poster'
import { SEED_CONTEXT, upsert } from './upsert'

type Options = { log: (line: string) => void }

/** Loads the demo festival. Idempotent: a second run updates in place. */
export async function seed(payload: Payload, { log }: Options): Promise<void> {
  const started = Date.now()

  const organisations = []
  for (const { shortName, kind, role, en, fr, vi } of content.organisations) {
    const doc = await upsert(payload, 'organisations', { shortName: { equals: shortName } }, { shortName, kind, ...en }, { fr, vi })
    organisations.push({ organisation: doc.id, role })
  }
  log(`organisations: ${organisations.length}`)

  const { en: venueEn, fr: venueFr, vi: venueVi, ...venueData } = content.venue
  const venue = await upsert(payload, 'venues', { name: { equals: venueData.name } }, { ...venueData, ...venueEn }, { fr: venueFr, vi: venueVi })
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

  const screening = await upsert(
    payload,
    'screenings',
    { and: [{ film: { equals: film.id } }, { edition: { equals: edition.id } }, { venue: { equals: venue.id } }] },
    {
      film: film.id,
      edition: edition.id,
      venue: venue.id,
      start: content.CLOSING_SCREENING_START,
      start_tz: 'Europe/Paris',
      status: 'scheduled',
      version: 'original',
      audioLanguage: 'vi',
      subtitles: ['fr'],
      labels: ['international-premiere', 'closing-night'],
      guestEvent: 'qa',
      guests: [personId('Đặng Thái Huyền')],
      accessibility: { sdh: false, audioDescription: false, stepFree: true },
    },
  )
  log(`screening: ${screening.title} (time assumed)`)

  for (const quote of content.quotes) {
    const speaker = personId(quote.speaker)
    const about = quote.about === 'film' ? { film: film.id, screening: screening.id, edition: edition.id } : { edition: edition.id }
    await upsert(
      payload,
      'quotes',
      { and: [{ speaker: { equals: speaker } }, { 'source.publication': { equals: content.ARTICLE_SOURCE.publication } }] },
      { ...quote.en, kind: 'paraphrase', originalLocale: 'en', featured: quote.featured, speaker, ...about, source: content.ARTICLE_SOURCE },
      { fr: quote.fr, vi: quote.vi },
    )
  }
  log(`quotes: ${content.quotes.length} (all paraphrase)`)

  const { navigation } = content.site
  await payload.updateGlobal({
    slug: 'site',
    locale: 'en',
    context: SEED_CONTEXT,
    data: { ...content.site.en, currentEdition: edition.id, navigation: navigation.map(({ path, en }) => ({ path, label: en })) },
  })
  const site = await payload.findGlobal({ slug: 'site', locale: 'en', depth: 0 })
  for (const locale of ['fr', 'vi'] as const) {
    await payload.updateGlobal({
      slug: 'site',
      locale,
      context: SEED_CONTEXT,
      data: {
        ...content.site[locale],
        navigation: (site.navigation ?? []).map((row, index) => ({ ...row, label: navigation[index][locale] })),
      },
    })
  }
  log('site settings')

  await seedAdmin(payload, log)
  log(`done in ${Date.now() - started} ms`)
}

async function seedAdmin(payload: Payload, log: Options['log']): Promise<void> {
  const { SEED_ADMIN_EMAIL: email, SEED_ADMIN_PASSWORD: password } = env()
  if (!email || !password) {
    log('no SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD: create the first admin at /admin')
    return
  }
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })
  const data = { email, password, role: 'admin' as const, name: 'Admin' }
  if (docs[0]) await payload.update({ collection: 'users', id: docs[0].id, data, context: SEED_CONTEXT })
  else await payload.create({ collection: 'users', data, context: SEED_CONTEXT })
  log(`admin user ${email}`)
}
