import { render, screen, within } from '@testing-library/react'

import { ScreeningList } from '@/components/ScreeningList'
import { getMessages } from '@/i18n/messages'

import { film, person, screening, venue } from '../helpers/documents'

/** Rows as the data layer resolves them: the demo film (closing film of edition 1000), venue and, when named, guest. */
const rowsOf = (screenings: ReturnType<typeof screening>[]) =>
  screenings.map((shown) => ({
    screening: shown,
    film: film({ programme: [{ edition: 1000, section: 'closing', id: 'p1' }] }),
    venue: venue(),
    guests: shown.guests?.length ? [person()] : [],
  }))

function renderList(screenings: ReturnType<typeof screening>[], locale: 'en' | 'fr' | 'vi' = 'en') {
  return render(<ScreeningList rows={rowsOf(screenings)} locale={locale} t={getMessages(locale)} />)
}

test('groups screenings by festival day in Paris time, in time order', () => {
  renderList([
    screening({ id: 2, start: '2025-12-13T22:30:00.000Z' }), // 23:30 Paris, still the 13th
    screening({ id: 1, start: '2025-12-13T19:00:00.000Z' }),
    screening({ id: 3, start: '2025-12-13T23:30:00.000Z' }), // 00:30 Paris: the 14th
  ])
  const days = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
  expect(days).toEqual(['Saturday, 13 December 2025', 'Sunday, 14 December 2025'])
  const times = screen
    .getAllByRole('listitem')
    .filter((item) => item.hasAttribute('data-screening'))
    .map((item) => within(item).getAllByText(/\d\d:\d\d/)[0].textContent)
  expect(times).toEqual(['20:00', '23:30', '00:30'])
})

test('shows labels, the Q&A guests, version, subtitles and accessibility, with filter data', () => {
  renderList([
    screening({
      labels: ['international-premiere', 'closing-night'],
      guestEvent: 'qa',
      guests: [100],
      subtitles: ['fr'],
      version: 'original',
      accessibility: { stepFree: true, sdh: true },
    }),
  ])
  expect(screen.getByText('International premiere')).toBeInTheDocument()
  expect(screen.getByText('Closing night')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Đặng Thái Huyền' })).toHaveAttribute('href', '/en/people/dang-thai-huyen')
  // Languages in words, in the page language (the film's own language for an original version).
  expect(screen.getByText(/Original version, Vietnamese · subtitles: French/)).toBeInTheDocument()
  expect(screen.getByText(/Step-free access/)).toBeInTheDocument()
  const row = document.querySelector('[data-screening]') as HTMLElement
  expect(row.dataset).toMatchObject({
    day: '2025-12-13',
    venue: 'pathe-palace',
    section: 'closing',
    subtitles: 'fr',
    access: 'sdh stepFree',
  })
})

test('a rescheduled screening strikes through its old time', () => {
  renderList([screening({ status: 'rescheduled', previousStart: '2025-12-12T19:00:00.000Z' })])
  const old = document.querySelector('del time')
  expect(old).toHaveAttribute('dateTime', '2025-12-12T19:00:00.000Z')
  expect(screen.getByText('Rescheduled')).toBeInTheDocument()
  // Said, not only struck: the words come first, inside the deletion (no aria-label, which <del> does not allow).
  const struck = document.querySelector('del') as HTMLElement
  expect(struck).not.toHaveAttribute('aria-label')
  expect(struck.textContent).toBe('Originally 20:00')
})

test('the old time is announced in the page language', () => {
  renderList([screening({ status: 'rescheduled', previousStart: '2025-12-12T19:00:00.000Z' })], 'fr')
  expect(document.querySelector('del')?.textContent).toBe('Initialement 20:00')
})

test('no ticket link for sold-out or cancelled screenings; the ticket link says which screening it is for', () => {
  renderList([
    screening({ id: 1, status: 'sold-out', ticketUrl: 'https://tickets.example/1' }),
    screening({ id: 2, start: '2025-12-13T21:00:00.000Z', ticketUrl: 'https://tickets.example/2' }),
    screening({
      id: 3,
      start: '2025-12-13T22:00:00.000Z',
      status: 'cancelled',
      ticketUrl: 'https://tickets.example/3',
    }),
  ])
  const links = screen.getAllByRole('link', { name: /^Tickets/ })
  expect(links).toHaveLength(1)
  expect(links[0]).toHaveAttribute('href', 'https://tickets.example/2')
  // Visible "Tickets"; the rest for screen readers, in the link's own text.
  expect(links[0].textContent).toBe('Tickets, Red Rain, Saturday, 13 December 2025, 22:00')
})

test('sales that are not open, sold out or at the door are said in words, with prices', () => {
  renderList(
    [
      screening({
        id: 1,
        ticketUrl: 'https://tickets.example/1',
        ticketAvailability: 'on-sale-from',
        ticketsOnSale: '2099-11-17T09:00:00.000Z',
        prices: [{ label: 'full', amount: 12, currency: 'EUR' }],
      }),
      screening({
        id: 2,
        start: '2025-12-13T21:00:00.000Z',
        ticketUrl: 'https://tickets.example/2',
        ticketAvailability: 'sold-out',
      }),
      screening({
        id: 3,
        start: '2025-12-13T22:00:00.000Z',
        ticketAvailability: 'at-the-door',
        prices: [
          { label: 'full', amount: 9.5, currency: 'EUR' },
          { label: 'under-26', amount: 5, currency: 'EUR' },
        ],
      }),
    ],
    'fr',
  )
  expect(screen.queryAllByRole('link', { name: /^Billets/ })).toHaveLength(0)
  expect(screen.getByText(/^Billets en vente à partir du 17 nov\. 2099/)).toBeInTheDocument()
  expect(screen.getByText('Complet')).toBeInTheDocument()
  expect(screen.getByText('Billets sur place uniquement')).toBeInTheDocument()
  expect(screen.getByText(/^à partir de 5\s€$/)).toBeInTheDocument()
})

test('every row has a star to save it, hidden until the script runs, named after its screening', () => {
  renderList([screening()])
  const star = document.querySelector('button[data-save="7"]') as HTMLButtonElement
  expect(star.hidden).toBe(true)
  expect(star).toHaveAttribute('aria-pressed', 'false')
  expect(star.textContent).toBe('Save, Red Rain, Saturday, 13 December 2025, 20:00')
})

test('a guest is not linked on their own page', () => {
  render(
    <ScreeningList
      rows={rowsOf([screening({ guestEvent: 'qa', guests: [100] })])}
      locale="en"
      t={getMessages('en')}
      currentPerson={100}
    />,
  )
  expect(screen.queryByRole('link', { name: 'Đặng Thái Huyền' })).toBeNull()
  expect(screen.getByText(/Đặng Thái Huyền/)).toBeInTheDocument()
})

test('speaks the page language', () => {
  renderList([screening({ status: 'cancelled' })], 'vi')
  expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/tháng 12/)
  expect(screen.getByText('Đã hủy')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Red Rain' })).toHaveAttribute('href', '/vi/films/mua-do')
})
