import { render, screen } from '@testing-library/react'

import { StatusBadge } from '@/components/StatusBadge'
import { getMessages } from '@/i18n/messages'

test.each([
  ['sold-out', 'en', 'Sold out'],
  ['cancelled', 'fr', 'Annulée'],
  ['rescheduled', 'vi', 'Đổi giờ'],
] as const)('%s in %s reads "%s"', (status, locale, text) => {
  render(<StatusBadge status={status} t={getMessages(locale)} />)
  expect(screen.getByText(text)).toHaveAttribute('data-status', status)
})

test('an ordinary scheduled screening gets no badge', () => {
  const { container } = render(<StatusBadge status="scheduled" t={getMessages('en')} />)
  expect(container).toBeEmptyDOMElement()
})
