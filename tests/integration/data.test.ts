/**
 * The data-access layer reads published documents only, and what it declares
 * it depends on is exactly what the collection hooks expire when those
 * documents change: the guarantee that every page showing a changed
 * document is refreshed.
 */
import type { RequestContext } from 'payload'

import { readOptions } from '@/data/client'
import { changedTags } from '@/data/tags'
import { LOCALE_CODES } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import type { Film, Screening, User } from '@/payload-types'

import { createAccounts, createRefs, minimal, type Accounts, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
let accounts: Accounts
let data: typeof import('@/data')
let film: Film
let draftFilm: Film
let screening: Screening
const read = readOptions({ locale: 'en' })

beforeAll(async () => {
  ctx = await createTestPayload()
  data = await import('@/data')
  refs = await createRefs(ctx.payload)
  accounts = await createAccounts(ctx.payload)
  const { payload } = ctx
  film = await payload.create({
    collection: 'films',
    data: {
      ...minimal.films(refs),
      credits: [{ person: refs.person, role: 'director' }],
      programme: [{ edition: refs.edition, section: 'closing' }],
      _status: 'published',
    },
  })
  draftFilm = await payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), credits: [{ person: refs.person, role: 'cast' }], _status: 'draft' },
  })
  screening = await payload.create({
    collection: 'screenings',
    data: { ...minimal.screenings(refs), film: film.id, guests: [refs.person], _status: 'published' },
  })
  await payload.create({
    collection: 'screenings',
    draft: true,
    data: { ...minimal.screenings(refs), film: film.id, start: '2025-12-11T19:00:00.000Z', _status: 'draft' },
  })
})
afterAll(async () => ctx?.close())

describe('reads are published-only', () => {
  test('by slug: a draft is not found', async () => {
    expect(await data.getFilmBySlug.run(ctx.payload, read, film.slug)).toMatchObject({ id: film.id })
    expect(await data.getFilmBySlug.run(ctx.payload, read, draftFilm.slug)).toBeNull()
  })

  test('by ids: drafts are left out, order kept', async () => {
    const films = await data.getFilms.run(ctx.payload, read, [draftFilm.id, film.id, refs.film])
    expect(films.map((doc) => doc.id)).toEqual([film.id, refs.film])
  })

  test('lists and back-references leave drafts out', async () => {
    expect((await data.listFilms.run(ctx.payload, read)).map((doc) => doc.id)).not.toContain(draftFilm.id)
    expect((await data.filmsCrediting.run(ctx.payload, read, refs.person)).map((doc) => doc.id)).toEqual([film.id])
    expect((await data.screeningsOfFilm.run(ctx.payload, read, film.id)).map((doc) => doc.id)).toEqual([screening.id])
  })

  test('featured quotes: only featured, newest first, at most the limit, only what a card shows', async () => {
    const quote = (featured: boolean, date: string) =>
      ctx.payload.create({
        collection: 'quotes',
        data: { ...minimal.quotes(refs), featured, source: { publication: 'Review', date }, _status: 'published' },
      })
    const [older, newer] = [
      await quote(true, '2025-01-01T12:00:00.000Z'),
      await quote(true, '2025-03-01T12:00:00.000Z'),
    ]
    await quote(false, '2025-04-01T12:00:00.000Z')
    const oldest = await quote(true, '2024-01-01T12:00:00.000Z')
    const featured = await data.featuredQuotes.run(ctx.payload, read, 2)
    expect(featured.map((doc) => doc.id)).toEqual([newer.id, older.id])
    expect(featured.map((doc) => doc.id)).not.toContain(oldest.id)
    for (const key of Object.keys(featured[0]))
      expect(['id', 'kind', 'source', 'speaker', 'speakerRole', 'text']).toContain(key)
  })

  test('a preview (draft mode) shows drafts to staff, and only to them', async () => {
    const preview = (user?: User) => readOptions({ locale: 'en', draft: true, user })
    expect(await data.getFilmBySlug.run(ctx.payload, preview(accounts.editor.user), draftFilm.slug)).toMatchObject({
      id: draftFilm.id,
    })
    // A draft-mode cookie left in a browser after logging out: no user, no drafts.
    expect(await data.getFilmBySlug.run(ctx.payload, preview(), draftFilm.slug)).toBeNull()
    expect(await data.getFilmBySlug.run(ctx.payload, preview(accounts.partner.user), draftFilm.slug)).toBeNull()
  })
})

describe('what a query depends on is what a change expires', () => {
  const covers = (expired: string[], declared: string[]) => expect(expired).toEqual(expect.arrayContaining(declared))

  test('a screening: programme, film page, venue page and guest page', () => {
    const expired = changedTags('screenings', screening)
    covers(expired, data.screeningsOfEdition.tags(refs.edition))
    covers(expired, data.screeningsOfFilm.tags(film.id))
    covers(expired, data.screeningsAtVenue.tags(refs.venue))
    covers(expired, data.screeningsWithGuest.tags(refs.person))
    covers(expired, data.getScreenings.tags([screening.id]))
  })

  test('a film: its page, lists, the editions and people it points at', () => {
    const expired = changedTags('films', film)
    covers(expired, data.getFilmBySlug.tags(film.slug))
    covers(expired, data.getFilms.tags([film.id]))
    covers(expired, data.listFilms.tags())
    covers(expired, data.filmsCrediting.tags(refs.person))
    covers(expired, data.filmsInEdition.tags(refs.edition))
  })

  test('a moved screening expires the old and the new film and venue', () => {
    const moved = { ...screening, film: 9001, venue: 9002 }
    const expired = changedTags('screenings', moved, screening)
    covers(expired, [
      ...data.screeningsOfFilm.tags(film.id),
      ...data.screeningsOfFilm.tags(9001),
      ...data.screeningsAtVenue.tags(9002),
      ...data.screeningsAtVenue.tags(refs.venue),
    ])
  })

  test('a renamed slug expires the old URL and the new one', () => {
    const expired = changedTags('films', { ...film, slug: 'new-slug' }, film)
    covers(expired, [...data.getFilmBySlug.tags(film.slug), ...data.getFilmBySlug.tags('new-slug')])
  })
})

describe('collection hooks expire those tags', () => {
  const change = async (run: (context: RequestContext) => Promise<unknown>) => {
    const expiredTags: string[] = []
    await run({ expiredTags })
    return expiredTags
  }

  test('publishing a draft expires its page in every locale, the lists and the people it credits', async () => {
    const draft = await ctx.payload.create({
      collection: 'films',
      draft: true,
      data: { ...minimal.films(refs), credits: [{ person: refs.person, role: 'cast' }], _status: 'draft' },
    })
    const expiredPaths: string[] = []
    const expired = await change((context) =>
      ctx.payload.update({
        collection: 'films',
        id: draft.id,
        data: { _status: 'published' },
        context: Object.assign(context, { expiredPaths }),
      }),
    )
    expect(expired).toEqual(
      expect.arrayContaining([
        ...data.getFilmBySlug.tags(draft.slug),
        ...data.getFilms.tags([draft.id]),
        ...data.listFilms.tags(),
        ...data.filmsCrediting.tags(refs.person),
      ]),
    )
    expect(expiredPaths).toEqual(expect.arrayContaining(LOCALE_CODES.map((locale) => routes.film(locale, draft.slug))))
    expect(await data.getFilmBySlug.run(ctx.payload, read, draft.slug)).toMatchObject({ id: draft.id })
  })

  test('renaming a person expires every page that shows them', async () => {
    const expired = await change((context) =>
      ctx.payload.update({ collection: 'people', id: refs.person, data: { name: 'Renamed Person' }, context }),
    )
    expect(expired).toEqual(expect.arrayContaining(data.getPeople.tags([refs.person])))
  })

  test('unpublishing a film expires its page and every list', async () => {
    const expired = await change((context) =>
      ctx.payload.update({ collection: 'films', id: film.id, data: { _status: 'draft' }, context }),
    )
    expect(expired).toEqual(
      expect.arrayContaining([
        ...data.getFilmBySlug.tags(film.slug),
        ...data.listFilms.tags(),
        ...data.getFilms.tags([film.id]),
      ]),
    )
    expect(await data.getFilmBySlug.run(ctx.payload, read, film.slug)).toBeNull()
    await ctx.payload.update({ collection: 'films', id: film.id, data: { _status: 'published' } })
  })

  test('moving a screening expires the programme, the film, the venue and the home page', async () => {
    const expired = await change((context) =>
      ctx.payload.update({
        collection: 'screenings',
        id: screening.id,
        data: { start: '2025-12-12T18:00:00.000Z' },
        context,
      }),
    )
    expect(expired).toEqual(
      expect.arrayContaining([
        ...data.screeningsOfEdition.tags(refs.edition),
        ...data.screeningsOfFilm.tags(film.id),
        ...data.screeningsAtVenue.tags(refs.venue),
      ]),
    )
  })

  test('deleting expires too', async () => {
    const doomed = await ctx.payload.create({
      collection: 'quotes',
      data: { ...minimal.quotes(refs), film: film.id, _status: 'published' },
    })
    const expired = await change((context) => ctx.payload.delete({ collection: 'quotes', id: doomed.id, context }))
    expect(expired).toEqual(expect.arrayContaining([...data.quotesAboutFilm.tags(film.id), ...data.listQuotes.tags()]))
  })

  test('saving a draft nobody can see expires nothing', async () => {
    const expired = await change((context) =>
      ctx.payload.update({
        collection: 'films',
        id: draftFilm.id,
        draft: true,
        data: { title: 'Still a draft' },
        context,
      }),
    )
    expect(expired).toEqual([])
  })

  test('the seed (disableRevalidate) expires nothing', async () => {
    const expired = await change((context) =>
      ctx.payload.update({
        collection: 'films',
        id: film.id,
        data: { title: 'Seeded' },
        context: Object.assign(context, { disableRevalidate: true }),
      }),
    )
    expect(expired).toEqual([])
  })

  test('the site settings expire the site tag', async () => {
    const expired = await change((context) =>
      ctx.payload.updateGlobal({ slug: 'site', data: { siteName: 'Film Week' }, context }),
    )
    expect(expired).toEqual(data.getSite.tags())
  })
})

test('creating a draft expires nothing: nobody outside the team can see it', async () => {
  const expiredTags: string[] = []
  await ctx.payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), _status: 'draft' },
    context: { expiredTags },
  })
  expect(expiredTags).toEqual([])
})

test('a read of more ids than Next keeps tags for depends on the whole collection, so no edit is missed', async () => {
  const ids = Array.from({ length: 200 }, (_, index) => index + 1)
  expect(data.getFilms.tags(ids)).toEqual(['films'])
  expect(changedTags('films', { id: 199, slug: 'x' })).toEqual(expect.arrayContaining(data.getFilms.tags(ids)))
})
