import { act, fireEvent, render, screen } from '@testing-library/react'

import { ProgrammeFilters } from '@/components/ProgrammeFilters'

function Programme() {
  return (
    <div id="programme">
      <section data-day-group="2025-12-12">
        <ul>
          <li data-screening="" data-day="2025-12-12" data-venue="pathe-palace" data-subtitles="fr" data-access="">
            A
          </li>
        </ul>
      </section>
      <section data-day-group="2025-12-13">
        <ul>
          <li
            data-screening=""
            data-day="2025-12-13"
            data-venue="pathe-palace"
            data-subtitles="en fr"
            data-access="sdh stepFree"
          >
            B
          </li>
          <li
            data-screening=""
            data-day="2025-12-13"
            data-venue="reflet-medicis"
            data-subtitles=""
            data-access="stepFree"
          >
            C
          </li>
        </ul>
      </section>
    </div>
  )
}

const filters = [
  {
    key: 'day' as const,
    label: 'Day',
    options: [
      { value: '2025-12-12', label: 'Fri' },
      { value: '2025-12-13', label: 'Sat' },
    ],
  },
  {
    key: 'subtitles' as const,
    label: 'Subtitles',
    options: [
      { value: 'en', label: 'English' },
      { value: 'fr', label: 'French' },
    ],
  },
  { key: 'access' as const, label: 'Accessibility', options: [{ value: 'sdh', label: 'SDH' }] },
]

const labels = {
  any: 'Any',
  legend: 'Filter',
  shown: { one: '# screening shown', other: '# screenings shown' },
  empty: 'Nothing matches.',
  submit: 'Show screenings',
  reset: 'Reset filters',
  unknown: '{value} (not in this programme)',
}

function setup(search = '', pagedDay?: string) {
  window.history.replaceState(null, '', `/en/programme${search}`)
  render(
    <>
      <ProgrammeFilters
        action="/en/programme"
        initialSearch=""
        targetId="programme"
        pagedDay={pagedDay}
        filters={filters}
        labels={labels}
      />
      <Programme />
    </>,
  )
}

const visible = () =>
  [...document.querySelectorAll<HTMLElement>('[data-screening]')]
    .filter((row) => !row.hidden)
    .map((row) => row.textContent?.trim())

test('filters rows in place, hides empty days and keeps the choice in the URL', async () => {
  setup()
  await act(async () => {})
  expect(visible()).toEqual(['A', 'B', 'C'])
  fireEvent.change(screen.getByLabelText('Subtitles'), { target: { value: 'fr' } })
  expect(visible()).toEqual(['A', 'B'])
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2025-12-13' } })
  expect(visible()).toEqual(['B'])
  expect((document.querySelector('[data-day-group="2025-12-12"]') as HTMLElement).hidden).toBe(true)
  expect(window.location.search).toBe('?subtitles=fr&day=2025-12-13')
  expect(screen.getByRole('status')).toHaveTextContent('1 screening shown')
})

test('says so when nothing matches', async () => {
  setup()
  fireEvent.change(screen.getByLabelText('Accessibility'), { target: { value: 'sdh' } })
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2025-12-12' } })
  expect(visible()).toEqual([])
  expect(screen.getByRole('status')).toHaveTextContent('Nothing matches.')
})

test('is a GET form to the programme with a submit button, so it works without JavaScript', () => {
  setup()
  const form = document.querySelector('form') as HTMLFormElement
  expect(form.getAttribute('method')).toBe('get')
  expect(form.getAttribute('action')).toBe('/en/programme')
  expect(screen.getByRole('button', { name: 'Show screenings' })).toHaveAttribute('type', 'submit')
  expect(screen.getByLabelText('Day')).toHaveAttribute('name', 'day')
})

test('a stale link shows what it selected, and a reset', async () => {
  setup('?day=2024-12-01')
  await act(async () => {})
  expect(screen.getByLabelText('Day')).toHaveDisplayValue('2024-12-01 (not in this programme)')
  expect(screen.getByRole('status')).toHaveTextContent('Nothing matches.')
  fireEvent.click(screen.getByRole('link', { name: 'Reset filters' }))
  expect(window.location.search).toBe('')
  expect(visible()).toEqual(['A', 'B', 'C'])
  expect(screen.queryByRole('link', { name: 'Reset filters' })).toBeNull()
})

describe('a programme paged by day (the page holds one day of a larger programme)', () => {
  /** What the form sends when submitted: its query, as the browser would build it, with the submission itself stopped. */
  function sent(form: HTMLFormElement): string[] {
    const queries: string[] = []
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      // jsdom has no formdata event: the filters left at "any" are still here (a browser drops them, see the e2e test).
      queries.push(new URLSearchParams([...new FormData(form)].filter(([, value]) => value) as string[][]).toString())
    })
    return queries
  }

  test('shows its day, offers no "any" day, and each choice loads the page for it instead of filtering in place', () => {
    setup('', '2025-12-13')
    const day = screen.getByLabelText('Day')
    expect(day).toHaveDisplayValue('Sat')
    expect([...(day as HTMLSelectElement).options].map((option) => option.value)).toEqual(['2025-12-12', '2025-12-13'])
    const queries = sent(document.querySelector('form') as HTMLFormElement)
    fireEvent.change(screen.getByLabelText('Subtitles'), { target: { value: 'en' } })
    expect(queries).toEqual(['day=2025-12-13&subtitles=en'])
    // Nothing was hidden here, and the URL is the next page's to set.
    expect(visible()).toEqual(['A', 'B', 'C'])
    expect(window.location.search).toBe('')
  })

  test('the day in the query wins over the default one', () => {
    setup('?day=2025-12-12&access=sdh', '2025-12-13')
    expect(screen.getByLabelText('Day')).toHaveDisplayValue('Fri')
    expect(screen.getByLabelText('Accessibility')).toHaveDisplayValue('SDH')
    expect(screen.getByRole('link', { name: 'Reset filters' })).toHaveAttribute('href', '/en/programme')
  })
})
