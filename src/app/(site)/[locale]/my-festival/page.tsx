import type { Metadata } from 'next'

import { MyFestivalList } from '@/components/MyFestivalList'
import { ScreeningList } from '@/components/ScreeningList'
import { getSite, screeningsOfEdition } from '@/data'
import { currentEdition, screeningRows } from '@/data/views'
import { INTL_LOCALE } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  const t = getMessages(locale)
  return {
    ...pageMetadata({
      locale,
      path: routes.myFestival,
      title: `${t.myFestival.title} · ${site.siteName}`,
      description: t.myFestival.intro,
    }),
    robots: { index: false },
  }
}

/**
 * "My festival": one static page per language. The edition's screenings are
 * in it, hidden; the script shows those saved on this device or named by a
 * share link (?s=12.34), so the page stays one cached document.
 */
export default async function MyFestivalPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const ctx = { locale }
  const edition = await currentEdition(ctx)
  const { rows } = await screeningRows(ctx, edition ? await screeningsOfEdition(ctx, edition.id) : [])
  const m = t.myFestival
  const labels = {
    intro: m.intro,
    empty: m.empty,
    clashes: m.clashes,
    overlap: m.overlap('{a}', '{at}', '{b}', '{bt}'),
    travel: m.travel('{a}', '{at}', -1, '{b}').replace('-1', '{minutes}'),
    exportCalendar: m.exportCalendar,
    share: m.share,
    shareHelp: m.shareHelp,
    copy: m.copy,
    copied: m.copied,
    shared: m.shared,
    keep: m.keep,
  }
  return (
    <>
      <h1>{m.title}</h1>
      <noscript>
        <p>{m.needsScript}</p>
      </noscript>
      <MyFestivalList locale={locale} intlLocale={INTL_LOCALE[locale]} targetId="my-festival" labels={labels} />
      <div id="my-festival" hidden>
        <ScreeningList rows={rows} locale={locale} t={t} />
      </div>
    </>
  )
}
