// Self-hosted (no font CDN at build or run time); covers Vietnamese, split by unicode-range.
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/600.css'
import '../site.css'

import Link from 'next/link'
import type { ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { MyFestivalRuntime } from '@/components/MyFestivalRuntime'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { getSite } from '@/data'
import { pageContext } from '@/data/preview'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'

export const generateStaticParams = localeStaticParams
// dynamicParams stays on: it would apply to every page below, and films,
// people and venues published after the build must render on first request.

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const site = await getSite({ locale })
  // Draft mode whose editor has since logged out shows the published site: no banner then.
  const { draft: previewing } = await pageContext(locale)
  return (
    <html lang={locale}>
      <body>
        {previewing ? <PreviewBanner home={routes.home(locale)} t={t} /> : null}
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <Link href={routes.home(locale)} className="brand">
            {site.siteName}
          </Link>
          <nav aria-label={t.nav.main}>
            <ul>
              {(site.navigation ?? []).map((item) => (
                <li key={item.path}>
                  <Link href={`/${locale}${item.path}`}>{item.label}</Link>
                </li>
              ))}
              <li>
                <Link href={routes.search(locale)}>{t.nav.search}</Link>
              </li>
              <li>
                <Link href={routes.myFestival(locale)} className="my-festival-link">
                  {t.myFestival.title}
                  <span data-saved-count="" />
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher current={locale} label={t.language} />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <MyFestivalRuntime />
        <footer className="site-footer">
          <p>
            {site.siteName} · {site.tagline}
          </p>
          <p>
            <Link href={routes.editions(locale)}>{t.nav.editions}</Link> · <Link href={routes.about(locale)}>{t.nav.about}</Link> ·{' '}
            <Link href={routes.partnerApi(locale)}>{t.nav.partnerApi}</Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
