import { render, screen } from '@testing-library/react'

import { QuoteContext } from '@/components/QuoteContext'
import { getMessages } from '@/i18n/messages'

import { edition, film, screening, venue } from '../helpers/documents'

test('a reaction names its film, the screening it followed (Paris time, venue) and the festival week, each a link', () => {
  const { container } = render(
    <QuoteContext
      film={film()}
      screening={screening({ start: '2025-12-13T19:00:00.000Z' })}
      venue={venue()}
      edition={edition()}
      locale="en"
      t={getMessages('en')}
    />,
  )
  expect(screen.getByRole('link', { name: 'Red Rain' })).toHaveAttribute('href', '/en/films/mua-do')
  expect(screen.getByRole('link', { name: 'Pathé Palace' })).toHaveAttribute('href', '/en/venues/pathe-palace')
  expect(screen.getByRole('link', { name: edition().name })).toHaveAttribute('href', `/en/editions/${edition().slug}`)
  expect(container.querySelector('time')).toHaveAttribute('dateTime', '2025-12-13T19:00:00.000Z')
  expect(container.textContent).toMatch(/^About Red Rain · Screening of .*20:00, Pathé Palace · /)
})

test('only what the reaction is about is shown, in the page language', () => {
  const { container } = render(<QuoteContext film={film({ title: 'Pluie rouge' })} locale="fr" t={getMessages('fr')} />)
  expect(container.textContent).toBe('À propos de Pluie rouge')
})

test('a reaction about nothing in particular gets no context line', () => {
  const { container } = render(<QuoteContext locale="vi" t={getMessages('vi')} />)
  expect(container).toBeEmptyDOMElement()
})
