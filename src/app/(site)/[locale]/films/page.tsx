import type { Metadata } from 'next'

import { getSite, listFilms } from '@/data'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { sortByText } from '@/lib/collate'
import { pageMetadata } from '@/seo/metadata'
import { originalLanguage } from '@/lib/originalLanguage'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return pageMetadata({ locale, path: routes.films, title: `${getMessages(locale).film.allFilms} · ${site.siteName}` })
}

export default async function FilmsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const films = sortByText(await listFilms({ locale }), (film) => film.title, locale)
  return (
    <>
      <h1>{t.film.allFilms}</h1>
      <ul className="film-list">
        {films.map((film) => (
          <li key={film.id}>
            <a href={routes.film(locale, film.slug)}>{film.title}</a>
            {film.title !== film.originalTitle ? (
              <span lang={originalLanguage(film)}> ({film.originalTitle})</span>
            ) : null}
            {film.year ? ` · ${film.year}` : null}
            {film.logline ? <p>{film.logline}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
