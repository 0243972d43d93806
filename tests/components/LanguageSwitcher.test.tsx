import { render, screen } from '@testing-library/react'
import { PathnameContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'

test('links to the same page in every language and marks the current one', () => {
  render(
    <PathnameContext.Provider value="/fr/films/mua-do">
      <LanguageSwitcher current="fr" label="Langue" />
    </PathnameContext.Provider>,
  )
  const nav = screen.getByRole('navigation', { name: 'Langue' })
  expect(nav).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/films/mua-do')
  expect(screen.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('href', '/vi/films/mua-do')
  expect(screen.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('lang', 'vi')
  expect(screen.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'true')
})

test('from the home page it links to the other homes', () => {
  render(
    <PathnameContext.Provider value="/vi">
      <LanguageSwitcher current="vi" label="Ngôn ngữ" />
    </PathnameContext.Provider>,
  )
  expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en')
})

test('keeps the query (search terms, programme filters) when switching language', () => {
  window.history.replaceState(null, '', '/en/programme?day=2025-12-13&venue=pathe-palace')
  render(
    <PathnameContext.Provider value="/en/programme">
      <LanguageSwitcher current="en" label="Language" />
    </PathnameContext.Provider>,
  )
  expect(screen.getByRole('link', { name: 'Français' })).toHaveAttribute(
    'href',
    '/fr/programme?day=2025-12-13&venue=pathe-palace',
  )
  window.history.replaceState(null, '', '/')
})
