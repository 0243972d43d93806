import type { Metadata } from 'next'

import { MediaImage } from '@/components/MediaImage'
import { getSite } from '@/data'
import { listPosts, postCards } from '@/data/website'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { formatFestivalDay } from '@/lib/formatDate'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  const w = getWebsiteMessages(locale)
  const metadata = pageMetadata({
    locale,
    path: routes.news,
    title: `${w.news.title} · ${site.siteName}`,
    description: site.tagline,
  })
  const feedTitle = w.news.feedTitle(site.siteName)
  // Feed readers and browsers find the feeds from the page.
  const types = {
    'application/rss+xml': [{ url: routes.newsFeed(locale, 'rss'), title: feedTitle }],
    'application/atom+xml': [{ url: routes.newsFeed(locale, 'atom'), title: feedTitle }],
    'application/feed+json': [{ url: routes.newsFeed(locale, 'json'), title: feedTitle }],
  }
  return { ...metadata, alternates: { ...metadata.alternates, types } }
}

export default async function NewsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const ctx = { locale }
  const w = getWebsiteMessages(locale)
  const posts = await postCards(ctx, await listPosts(ctx))
  return (
    <article className="news">
      <h1>{w.news.title}</h1>
      {posts.length ? (
        <ul className="post-list">
          {posts.map(({ post, hero }) => (
            <li key={post.id} className="post-card">
              {hero ? <MediaImage media={hero} size="card" sizes="(max-width: 40rem) 100vw, 20rem" /> : null}
              <h2>
                <a href={routes.post(locale, post.slug)}>{post.title}</a>
              </h2>
              <p className="post-date">
                <time dateTime={post.publishedAt}>{formatFestivalDay(post.publishedAt, locale)}</time>
              </p>
              <p>{post.standfirst}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.news.empty}</p>
      )}
      <p className="feeds">
        {w.news.feeds}: <a href={routes.newsFeed(locale, 'rss')}>{w.news.rss}</a> ·{' '}
        <a href={routes.newsFeed(locale, 'atom')}>{w.news.atom}</a> ·{' '}
        <a href={routes.newsFeed(locale, 'json')}>{w.news.json}</a>
      </p>
    </article>
  )
}
