'use client'
import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'

import { LOCALES, type Locale } from '@/i18n/locales'

// The query (search terms, programme filters) changes without a navigation: follow it.
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  window.addEventListener('programme-filters', onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener('programme-filters', onChange)
  }
}

/** Links to the same page, with the same query, in the other languages (slugs are the same in every language). */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`
  // Read in the browser only (useSearchParams would make every static page render on the client up to a Suspense boundary).
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  )
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '') + search
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {LOCALES.map(({ code, label: name }) => (
          <li key={code}>
            <a
              href={`/${code}${rest}`}
              hrefLang={code}
              lang={code}
              aria-current={code === current ? 'true' : undefined}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
