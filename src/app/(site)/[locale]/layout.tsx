import '../fonts.css'
import '../site.css'

import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { MyFestivalRuntime } from '@/components/MyFestivalRuntime'
import { SiteLogo } from '@/components/SiteLogo'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { getSite } from '@/data'
import { siteFrame } from '@/data/website'
import { pageContext } from '@/data/preview'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { normalizeColour } from '@/lib/contrast'

export const generateStaticParams = localeStaticParams
// dynamicParams stays on: it would apply to every page below, and films,
// people and venues published after the build must render on first request.

/** The favicon and home-screen icons, made from the Site settings' favicon source (src/app/site-icons). */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const site = await getSite({ locale: await localeOf(params) })
  if (!site.favicon) return {}
  return {
    icons: {
      icon: [
        { url: '/site-icons/favicon-32.png', sizes: '32x32', type: 'image/png' },
        { url: '/site-icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      ],
      apple: [{ url: '/site-icons/apple-touch-icon.png', sizes: '180x180' }],
    },
  }
}

/**
 * Plain links throughout, not next/link: every page is a cached document, and
 * a full load of one costs a visitor less than the client router's link code,
 * hydrating each link and prefetching those in view.
 */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const { site, navigation, look, accent } = await siteFrame({ locale })
  const w = getWebsiteMessages(locale)
  // Only a colour that parses reaches the style: the stored text is an editor's.
  const accentColour = accent ? normalizeColour(accent) : null
  // Draft mode whose editor has since logged out shows the published site: no banner then.
  const { draft: previewing } = await pageContext(locale)
  return (
    <html lang={locale} style={accentColour ? ({ '--accent': accentColour } as CSSProperties) : undefined}>
      <body>
        {previewing ? <PreviewBanner home={routes.home(locale)} t={t} /> : null}
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <a href={routes.home(locale)} className="brand">
            {look.logo ? <SiteLogo light={look.logo} alt={w.logoOf(site.siteName)} /> : site.siteName}
          </a>
          <nav aria-label={t.nav.main}>
            <ul>
              {navigation.header.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                </li>
              ))}
              <li>
                <a href={routes.search(locale)}>{t.nav.search}</a>
              </li>
              <li>
                <a href={routes.myFestival(locale)} className="my-festival-link">
                  {t.myFestival.title}
                  <span data-saved-count="" />
                </a>
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
          {navigation.footer.length ? (
            <nav aria-label={w.footerNav}>
              <ul className="footer-nav">
                {navigation.footer.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p>
            <a href={routes.editions(locale)}>{t.nav.editions}</a> · <a href={routes.about(locale)}>{t.nav.about}</a> ·{' '}
            <a href={routes.partnerApi(locale)}>{t.nav.partnerApi}</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
