import { render, screen } from '@testing-library/react'

import { FilmCredits } from '@/components/FilmCredits'
import { getMessages } from '@/i18n/messages'

import { person } from '../helpers/documents'

const people = new Map([
  [100, person()],
  [101, person({ id: 101, name: 'Chu Lai', slug: 'chu-lai' })],
])

test('groups credits by role and links every name to its page', () => {
  render(
    <FilmCredits
      credits={[
        { person: 100, role: 'director', id: 'a' },
        { person: 101, role: 'screenwriter', id: 'b' },
        { person: 101, role: 'source-author', id: 'c' },
      ]}
      people={people}
      locale="fr"
      t={getMessages('fr')}
    />,
  )
  const terms = screen.getAllByRole('term').map((term) => term.textContent)
  expect(terms).toEqual(['Réalisation', 'Scénario', 'D’après l’œuvre de'])
  expect(screen.getAllByRole('link', { name: 'Chu Lai' })[0]).toHaveAttribute('href', '/fr/people/chu-lai')
  expect(screen.getByRole('link', { name: 'Đặng Thái Huyền' })).toHaveAttribute('href', '/fr/people/dang-thai-huyen')
})

test('leaves out people who are not published and shows the character for cast', () => {
  render(
    <FilmCredits
      credits={[
        { person: 999, role: 'producer', id: 'a' },
        { person: 100, role: 'cast', character: 'Cường', id: 'b' },
      ]}
      people={people}
      locale="en"
      t={getMessages('en')}
    />,
  )
  expect(screen.queryByText('Producer')).not.toBeInTheDocument()
  expect(screen.getByText(/\(Cường\)/)).toBeInTheDocument()
})
