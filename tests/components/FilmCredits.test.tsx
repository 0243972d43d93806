import { render, screen } from '@testing-library/react'

import { FilmCredits } from '@/components/FilmCredits'
import { getMessages } from '@/i18n/messages'

import { person } from '../helpers/documents'

const director = person()
const writer = person({ id: 101, name: 'Chu Lai', slug: 'chu-lai' })

test('groups credits by role and links every name to its page', () => {
  render(
    <FilmCredits
      credits={[
        { person: director, role: 'director', character: null },
        { person: writer, role: 'screenwriter', character: null },
        { person: writer, role: 'source-author', character: null },
      ]}
      locale="fr"
      t={getMessages('fr')}
    />,
  )
  const terms = screen.getAllByRole('term').map((term) => term.textContent)
  expect(terms).toEqual(['Réalisation', 'Scénario', 'D’après l’œuvre de'])
  expect(screen.getAllByRole('link', { name: 'Chu Lai' })[0]).toHaveAttribute('href', '/fr/people/chu-lai')
  expect(screen.getByRole('link', { name: 'Đặng Thái Huyền' })).toHaveAttribute('href', '/fr/people/dang-thai-huyen')
})

test('shows the character for cast', () => {
  render(
    <FilmCredits
      credits={[{ person: director, role: 'cast', character: 'Cường' }]}
      locale="en"
      t={getMessages('en')}
    />,
  )
  expect(screen.getByText('Cast')).toBeInTheDocument()
  expect(screen.getByText(/\(Cường\)/)).toBeInTheDocument()
})
