/**
 * Reads of the festival's own pages, news, navigation and guests. Like the
 * rest of the data layer: published documents only, cached under the tags
 * of what they read (src/data/tags.ts).
 */
import { routes } from '@/i18n/routes'
import { idOf } from '@/lib/relations'
import type { Edition, Post, Site } from '@/payload-types'

import type { ReadContext } from './client'
import { getFilmCards, getMedia, getOrganisations, getPeople, getScreenings, getSite, screeningsOfEdition } from './index'
import { all, byIds, bySlug, cardsByIds } from './lookups'
import { defineQuery } from './query'
import { tag } from './tags'
import { byId, currentEdition, screeningLookups, unique, visibleScreenings } from './views'

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
    const { docs } = await payload.find({ collection: 'posts', sort: '-publishedAt', limit, pagination: false, ...read })
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
  const targets = (collection: 'pages' | 'posts') => rows.flatMap((row) => (row.doc?.relationTo === collection ? (idOf(row.doc.value) ?? []) : []))
  const [pages, posts] = await Promise.all([getPageCards(ctx, targets('pages')), getPostCards(ctx, targets('posts'))])
  const pageOf = { pages: routes.page, posts: routes.post }
  const slugs = { pages: new Map(pages.map((doc) => [doc.id, doc.slug])), posts: new Map(posts.map((doc) => [doc.id, doc.slug])) }
  const href = ({ doc, path }: LinkRow): string | null => {
    if (doc) {
      const slug = slugs[doc.relationTo].get(idOf(doc.value) ?? -1)
      return slug ? pageOf[doc.relationTo](ctx.locale, slug) : null
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
  const [header, footer] = await Promise.all([resolveLinks(ctx, site.navigation ?? []), resolveLinks(ctx, site.footerNavigation ?? [])])
  return { header, footer }
}

/** The Site settings' logos and favicon, published media only (media has no drafts). */
export async function siteLook(ctx: ReadContext, site: Site) {
  const ids = [site.logo, site.logoDark, site.favicon].map(idOf)
  const media = await getMedia(ctx, ids.filter((id): id is number => id !== undefined))
  const find = (id: number | undefined) => media.find((doc) => doc.id === id) ?? null
  return { logo: find(ids[0]), logoDark: find(ids[1]), favicon: find(ids[2]) }
}

/** The Site settings, their navigation and look: what the layout of every page reads. */
export async function siteFrame(ctx: ReadContext) {
  const site = await getSite(ctx)
  const [navigation, look, edition] = await Promise.all([siteNavigation(ctx, site), siteLook(ctx, site), currentEdition(ctx)])
  return { site, navigation, look, accent: edition?.accentColour ?? null }
}

/**
 * The people attending an edition: the guests of its published screenings
 * (Q&A, introductions…), each with their screenings, in name order.
 */
export async function editionGuests(ctx: ReadContext, editionId: number) {
  const all = await screeningsOfEdition(ctx, editionId)
  const lookups = await screeningLookups(ctx, all)
  const screenings = visibleScreenings(all, lookups)
  const byGuest = new Map<number, typeof screenings>()
  for (const screening of screenings) {
    for (const guest of screening.guests ?? []) {
      const id = idOf(guest)
      if (id !== undefined) byGuest.set(id, [...(byGuest.get(id) ?? []), screening])
    }
  }
  return { guestScreenings: byGuest, lookups }
}

export const getQuotes = byIds('quotes')

/** What a post's page shows besides the post: its hero image and the published documents it relates to. */
export async function postRelations(ctx: ReadContext, post: Post) {
  const ids = (list: unknown[] | null | undefined) => unique((list ?? []).map(idOf))
  const [hero, films, people, screenings, quotes] = await Promise.all([
    getMedia(ctx, ids([post.heroImage])),
    getFilmCards(ctx, ids(post.films)),
    getPeople(ctx, ids(post.people)),
    getScreenings(ctx, ids(post.screenings)),
    getQuotes(ctx, ids(post.quotes)),
  ])
  const lookups = await screeningLookups(ctx, screenings, quotes.map((quote) => idOf(quote.speaker) ?? -1))
  return { hero: hero[0] ?? null, films, people, screenings: visibleScreenings(screenings, lookups), quotes, lookups }
}

/** An edition's organisations with their logos (the edition's own page shows the same list). */
export async function editionPartners(ctx: ReadContext, edition: Edition) {
  const organisations = await getOrganisations(ctx, unique((edition.organisations ?? []).map((entry) => idOf(entry.organisation))))
  const logos = await getMedia(ctx, unique(organisations.map((organisation) => idOf(organisation.logo))))
  return { organisations: byId(organisations), logos: byId(logos) }
}
