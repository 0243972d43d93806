import { render, screen } from '@testing-library/react'

import { QuoteCard } from '@/components/QuoteCard'
import { getMessages } from '@/i18n/messages'
import type { Quote } from '@/payload-types'

import { person } from '../helpers/documents'

const quote = (overrides: Partial<Quote>): Quote => ({
  id: 1,
  text: 'The film shows only a small part of the war.',
  kind: 'paraphrase',
  originalLocale: 'en',
  speaker: 100,
  speakerRole: 'Director',
  source: { publication: 'The Europe Today', date: '2025-12-14T12:00:00.000Z' },
  createdAt: '2025-12-14T12:00:00.000Z',
  updatedAt: '2025-12-14T12:00:00.000Z',
  ...overrides,
})

test('reported words are marked as paraphrase and never set as a quotation', () => {
  render(<QuoteCard quote={quote({})} speaker={person()} locale="en" t={getMessages('en')} />)
  expect(screen.getByText('Reported words (paraphrase)')).toBeInTheDocument()
  expect(document.querySelector('blockquote')).toBeNull()
  expect(screen.getByRole('link', { name: 'Đặng Thái Huyền' })).toHaveAttribute('href', '/en/people/dang-thai-huyen')
  expect(screen.getByText(/The Europe Today/)).toBeInTheDocument()
  expect(screen.getByText(/14 December 2025/)).toBeInTheDocument()
})

test('a direct quote is a blockquote citing its source', () => {
  render(
    <QuoteCard
      quote={quote({ kind: 'direct', source: { publication: 'Le Monde', url: 'https://lemonde.example/a' } })}
      locale="fr"
      t={getMessages('fr')}
    />,
  )
  expect(screen.getByText('Citation')).toBeInTheDocument()
  expect(document.querySelector('blockquote')).toHaveAttribute('cite', 'https://lemonde.example/a')
  expect(screen.getByRole('link', { name: 'Le Monde' })).toHaveAttribute('href', 'https://lemonde.example/a')
})
