/**
 * Reads of the festival's own pages, news, navigation and guests. Like the
 * rest of the data layer: published documents only, cached under the tags
 * of what they read (src/data/tags.ts).
 */
import { routes } from '@/i18n/routes'
import { sortByText } from '@/lib/collate'
import { idOf } from '@/lib/relations'
import type { Edition, Post, Site } from '@/payload-types'

import type { ReadContext } from './client'
import {
  getFilmCards,
  getMedia,
  getOrganisations,
  getPeople,
  getPersonCards,
  getScreenings,
  getSite,
  screeningsOfEdition,
} from './index'
import { all, byIds, bySlug, cardsByIds } from './lookups'
import { defineQuery } from './query'
import { idsOf, indexById } from './resolve'
import { tag } from './tags'
import { currentEdition, screeningRows, type ScreeningRow } from './views'

export const getPageBySlug = bySlug('pages')
export const getPostBySlug = bySlug('posts')
export const listPages = all('pages', 'title')
export const listPosts = all('posts', '-publishedAt')

/** What a link to a page or post needs. */
export const getPageCards = cardsByIds('pages', { slug: true, title: true })
export const getPostCards = cardsByIds('posts', { slug: true, title: true })

/** The newest posts, at most `limit`: news lists and feeds. */
export const latestPosts = defineQuery(
  'posts.latest',
  (_limit: number) => [tag.collection('posts')],
  async (payload, read, limit: number) => {
    const { docs } = await payload.find({
      collection: 'posts',
      sort: '-publishedAt',
      limit,
      pagination: false,
      ...read,
    })
    return docs
  },
)

export type NavLink = { label: string; href: string }
/** A link as editors save it (src/fields/link.ts): a page or post, or a path. */
type LinkRow = { label: string; doc?: { relationTo: 'pages' | 'posts'; value: unknown } | null; path?: string | null }

/**
 * Links with their URLs in `ctx.locale`; a link to a page or post that is
 * not published (or no longer exists) is left out.
 */
export async function resolveLinks(ctx: ReadContext, rows: LinkRow[]): Promise<NavLink[]> {
  const targets = (collection: 'pages' | 'posts') =>
    idsOf(rows.flatMap((row) => (row.doc?.relationTo === collection ? [row.doc.value] : [])))
  const [pages, posts] = await Promise.all([getPageCards(ctx, targets('pages')), getPostCards(ctx, targets('posts'))])
  const pageOf = { pages: routes.page, posts: routes.post }
  const docs = { pages: indexById(pages), posts: indexById(posts) }
  const href = ({ doc, path }: LinkRow): string | null => {
    if (doc) {
      const target = docs[doc.relationTo].of(doc.value)
      return target ? pageOf[doc.relationTo](ctx.locale, target.slug) : null
    }
    if (!path) return null
    if (!path.startsWith('/')) return path
    return path === '/' ? routes.home(ctx.locale) : `/${ctx.locale}${path}`
  }
  return rows.flatMap((row) => {
    const url = href(row)
    return url ? [{ label: row.label, href: url }] : []
  })
}

/** The header and footer links of the Site settings. */
export async function siteNavigation(ctx: ReadContext, site: Site): Promise<{ header: NavLink[]; footer: NavLink[] }> {
  const [header, footer] = await Promise.all([
    resolveLinks(ctx, site.navigation ?? []),
    resolveLinks(ctx, site.footerNavigation ?? []),
  ])
  return { header, footer }
}

/** The Site settings' logos and favicon, published media only (media has no drafts). */
export async function siteLook(ctx: ReadContext, site: Site) {
  const ids = [site.logo, site.logoDark, site.favicon].map(idOf)
  const media = indexById(
    await getMedia(
      ctx,
      ids.filter((id): id is number => id !== undefined),
    ),
  )
  return {
    logo: media.of(site.logo) ?? null,
    logoDark: media.of(site.logoDark) ?? null,
    favicon: media.of(site.favicon) ?? null,
  }
}

/** The Site settings, their navigation and look: what the layout of every page reads. */
export async function siteFrame(ctx: ReadContext) {
  const site = await getSite(ctx)
  const [navigation, look, edition] = await Promise.all([
    siteNavigation(ctx, site),
    siteLook(ctx, site),
    currentEdition(ctx),
  ])
  return { site, navigation, look, accent: edition?.accentColour ?? null }
}

/**
 * The people attending an edition: the guests of its shown screenings
 * (Q&A, introductions…), in name order, each with their photo and the
 * screenings they attend.
 */
export async function editionGuests(ctx: ReadContext, editionId: number) {
  const { rows } = await screeningRows(ctx, await screeningsOfEdition(ctx, editionId))
  const byGuest = new Map<number, ScreeningRow[]>()
  for (const row of rows) {
    for (const { id } of row.guests) byGuest.set(id, [...(byGuest.get(id) ?? []), row])
  }
  const people = sortByText(
    await getPeople(ctx, [...byGuest.keys()]),
    (person) => person.sortName ?? person.name,
    ctx.locale,
  )
  const photo = indexById(await getMedia(ctx, idsOf(people.map((person) => person.photo))))
  return people.map((person) => ({ person, photo: photo.of(person.photo), rows: byGuest.get(person.id) ?? [] }))
}

export const getQuotes = byIds('quotes')

/** Posts with their hero images: news lists and feeds. */
export async function postCards(ctx: ReadContext, posts: Post[]) {
  const hero = indexById(await getMedia(ctx, idsOf(posts.map((post) => post.heroImage))))
  return posts.map((post) => ({ post, hero: hero.of(post.heroImage) }))
}

/** What a post's page and the feed show besides the post: its hero image and the published documents it relates to. */
export async function postRelations(ctx: ReadContext, post: Post) {
  const [hero, films, people, screenings, quotes] = await Promise.all([
    getMedia(ctx, idsOf([post.heroImage])),
    getFilmCards(ctx, idsOf(post.films)),
    getPeople(ctx, idsOf(post.people)),
    getScreenings(ctx, idsOf(post.screenings)),
    getQuotes(ctx, idsOf(post.quotes)),
  ])
  const [{ rows }, speakers] = await Promise.all([
    screeningRows(ctx, screenings),
    getPersonCards(ctx, idsOf(quotes.map((quote) => quote.speaker))),
  ])
  const speaker = indexById(speakers)
  return {
    hero: hero[0] ?? null,
    films,
    people,
    rows,
    quotes: quotes.map((quote) => ({ quote, speaker: speaker.of(quote.speaker) })),
  }
}

/**
 * An edition's organisations as it lists them, with their role and, when
 * `logos`, their logos; unpublished ones are left out. `organisations`: the
 * same, in id order, for structured data.
 */
export async function editionPartners(ctx: ReadContext, edition: Edition, { logos }: { logos: boolean }) {
  const organisations = await getOrganisations(
    ctx,
    idsOf((edition.organisations ?? []).map((entry) => entry.organisation)),
  )
  const logo = indexById(
    logos ? await getMedia(ctx, idsOf(organisations.map((organisation) => organisation.logo))) : [],
  )
  const organisation = indexById(organisations)
  const partners = (edition.organisations ?? []).flatMap((entry) => {
    const shown = organisation.of(entry.organisation)
    return shown
      ? [{ key: entry.id ?? String(shown.id), role: entry.role, organisation: shown, logo: logo.of(shown.logo) }]
      : []
  })
  return { partners, organisations }
}

export type Partner = Awaited<ReturnType<typeof editionPartners>>['partners'][number]
