import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Feed } from 'feed'

import { getSite } from '@/data'
import { latestPosts, postCards } from '@/data/website'
import { env } from '@/env'
import { INTL_LOCALE, isLocale, type Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'

/** How many of the newest posts a feed carries. */
export const FEED_SIZE = 30

export type FeedFormat = 'rss' | 'atom' | 'json'

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** One locale's news feed (published posts only: read as a visitor through the data layer). */
export async function newsFeed(locale: Locale): Promise<Feed> {
  const ctx = { locale }
  const base = env().SERVER_URL
  const absolute = (path: string) => new URL(path, base).toString()
  const [site, latest] = await Promise.all([getSite(ctx), latestPosts(ctx, FEED_SIZE)])
  const posts = await postCards(ctx, latest)
  const w = getWebsiteMessages(locale)
  const feed = new Feed({
    title: w.news.feedTitle(site.siteName),
    description: site.tagline ?? undefined,
    id: absolute(routes.news(locale)),
    link: absolute(routes.news(locale)),
    language: INTL_LOCALE[locale],
    copyright: site.siteName,
    // The newest post's date: a feed with no news yet says when the site was set up.
    updated: new Date(latest[0]?.updatedAt ?? site.updatedAt ?? Date.now()),
    generator: site.siteName,
    feedLinks: {
      rss: absolute(routes.newsFeed(locale, 'rss')),
      atom: absolute(routes.newsFeed(locale, 'atom')),
      json: absolute(routes.newsFeed(locale, 'json')),
    },
  })
  for (const { post, hero } of posts) {
    const url = absolute(routes.post(locale, post.slug))
    const imageUrl = hero?.sizes?.card?.url ?? hero?.url
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.standfirst,
      content: convertLexicalToHTML({ data: post.body }),
      date: new Date(post.updatedAt),
      published: new Date(post.publishedAt),
      author: post.author ? [{ name: post.author }] : undefined,
      image: imageUrl ? absolute(imageUrl) : undefined,
    })
  }
  return feed
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string }
type JsonFeedObject = Record<string, unknown> & { author?: JsonFeedAuthor }

/**
 * JSON Feed 1.1 from the library's 1.0 document: 1.1 readers look for
 * `authors` (a list) and the feed's `language`; `author` stays beside
 * `authors`, as 1.1 asks of publishers for the sake of 1.0 readers.
 */
export function toJsonFeed11(json1: string, language: string): string {
  const { items, ...feed } = JSON.parse(json1) as JsonFeedObject & { items: JsonFeedObject[] }
  const withAuthors = (doc: JsonFeedObject) => (doc.author ? { ...doc, authors: [doc.author] } : doc)
  return JSON.stringify(
    { ...withAuthors(feed), version: 'https://jsonfeed.org/version/1.1', language, items: items.map(withAuthors) },
    null,
    2,
  )
}

/** The feed as a response in `format`. */
export async function newsFeedResponse(locale: Locale, format: FeedFormat): Promise<Response> {
  const feed = await newsFeed(locale)
  const body =
    format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : toJsonFeed11(feed.json1(), INTL_LOCALE[locale])
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPE[format] } })
}

/** The GET handler of a feed route: /{locale}/news/feed.xml, atom.xml, feed.json. */
export function newsFeedRoute(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params
    return isLocale(locale) ? newsFeedResponse(locale, format) : new Response('Not found', { status: 404 })
  }
}
