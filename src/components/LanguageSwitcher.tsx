'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { LOCALES, type Locale } from '@/i18n/locales'

/** Links to the same page in the other languages (slugs are the same in every language). */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '')
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {LOCALES.map(({ code, label: name }) => (
          <li key={code}>
            <Link href={`/${code}${rest}`} hrefLang={code} lang={code} aria-current={code === current ? 'true' : undefined}>
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
