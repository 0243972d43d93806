import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { QuoteCard } from '@/components/QuoteCard'
import { ScreeningList } from '@/components/ScreeningList'
import { getSite } from '@/data'
import { pageContext } from '@/data/preview'
import { getPostBySlug, listPosts, postRelations } from '@/data/website'
import { env } from '@/env'
import { getMessages } from '@/i18n/messages'
import { localeOf, shownAt, slugStaticParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { formatFestivalDay } from '@/lib/formatDate'
import { documentMetadata } from '@/seo/documentMetadata'
import { newsArticleLd } from '@/seo/jsonLd'

type Params = Promise<{ locale: string; slug: string }>

export const revalidate = 3600

export const generateStaticParams = slugStaticParams(listPosts)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const [post, site] = await Promise.all([getPostBySlug(ctx, (await params).slug), getSite(ctx)])
  if (!post) return {}
  const metadata = await documentMetadata(ctx, post, {
    path: (code) => routes.post(code, post.slug),
    title: `${post.title} · ${site.siteName}`,
    description: post.standfirst,
    image: post.heroImage,
  })
  const article = {
    ...metadata.openGraph,
    type: 'article',
    publishedTime: post.publishedAt,
    modifiedTime: post.updatedAt,
  }
  return { ...metadata, openGraph: article as Metadata['openGraph'] }
}

export default async function PostPage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const t = getMessages(locale)
  const w = getWebsiteMessages(locale)
  const requested = (await params).slug
  const post = shownAt(await getPostBySlug(ctx, requested), requested, (slug) => routes.post(locale, slug))
  const [site, related] = await Promise.all([getSite(ctx), postRelations(ctx, post)])
  const { hero, films, people, rows, quotes } = related
  return (
    <article className="post">
      <JsonLd
        data={newsArticleLd({
          post,
          publisher: site.siteName,
          image: hero?.sizes?.og?.url ?? hero?.url,
          people,
          locale,
          siteUrl: env().SERVER_URL,
        })}
      />
      <p className="eyebrow">
        <a href={routes.news(locale)}>{w.news.title}</a>
      </p>
      <h1>{post.title}</h1>
      <p className="post-meta">
        <time dateTime={post.publishedAt}>{formatFestivalDay(post.publishedAt, locale)}</time>
        {post.author ? ` · ${w.news.by} ${post.author}` : null}
      </p>
      <p className="lede">{post.standfirst}</p>
      {hero ? (
        <figure>
          <MediaImage media={hero} size="hero" sizes="(max-width: 70rem) 100vw, 70rem" priority />
          {hero.caption ? <figcaption>{hero.caption}</figcaption> : null}
        </figure>
      ) : null}
      <RichText data={post.body} />
      {post.source?.publication ? (
        <p className="post-source">
          {w.news.source}:{' '}
          {post.source.url ? <a href={post.source.url}>{post.source.publication}</a> : post.source.publication}
          {post.source.date ? (
            <>
              , <time dateTime={post.source.date}>{formatFestivalDay(post.source.date, locale)}</time>
            </>
          ) : null}
        </p>
      ) : null}
      {films.length || people.length || rows.length || quotes.length ? (
        <section aria-labelledby="post-related">
          <h2 id="post-related">{w.news.related}</h2>
          {films.length ? (
            <>
              <h3>{w.news.films}</h3>
              <ul>
                {films.map((film) => (
                  <li key={film.id}>
                    <a href={routes.film(locale, film.slug)}>{film.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {people.length ? (
            <>
              <h3>{w.news.people}</h3>
              <ul>
                {people.map((person) => (
                  <li key={person.id}>
                    <a href={routes.person(locale, person.slug)}>{person.name}</a>
                    {person.description ? ` · ${person.description}` : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {rows.length ? (
            <>
              <h3>{w.news.screenings}</h3>
              <ScreeningList rows={rows} locale={locale} t={t} headingLevel="h3" />
            </>
          ) : null}
          {quotes.length ? (
            <>
              <h3>{w.news.quotes}</h3>
              {quotes.map(({ quote, speaker }) => (
                <QuoteCard key={quote.id} quote={quote} speaker={speaker} locale={locale} t={t} />
              ))}
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  )
}
