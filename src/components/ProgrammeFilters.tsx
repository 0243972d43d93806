'use client'
import { useEffect, useRef, useSyncExternalStore } from 'react'

export type FilterOption = { value: string; label: string }
export type FilterKey = 'day' | 'venue' | 'section' | 'subtitles' | 'access'

type Props = {
  targetId: string
  filters: { key: FilterKey; label: string; options: FilterOption[] }[]
  anyLabel: string
  legend: string
  shownLabel: { one: string; other: string }
  emptyLabel: string
}

// The filter state lives in the URL (?day=…&venue=…), so a filtered programme can be shared.
const URL_CHANGED = 'programme-filters'
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  window.addEventListener(URL_CHANGED, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(URL_CHANGED, onChange)
  }
}
const readSearch = () => window.location.search
const serverSearch = () => ''

function setParam(key: FilterKey, value: string) {
  const params = new URLSearchParams(window.location.search)
  if (value) params.set(key, value)
  else params.delete(key)
  const query = params.toString()
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname)
  window.dispatchEvent(new Event(URL_CHANGED))
}

/** Whether a row's space-separated data attribute holds the chosen value. */
const matches = (row: HTMLElement, key: FilterKey, value: string) => !value || (row.dataset[key] ?? '').split(' ').includes(value)

/**
 * Filters the statically rendered programme in the browser: the page stays
 * one cached HTML document whatever the filters.
 */
export function ProgrammeFilters({ targetId, filters, anyLabel, legend, shownLabel, emptyLabel }: Props) {
  const params = new URLSearchParams(useSyncExternalStore(subscribe, readSearch, serverSearch))
  const status = useRef<HTMLParagraphElement>(null)
  const signature = filters.map(({ key }) => `${key}=${params.get(key) ?? ''}`).join('&')

  useEffect(() => {
    const target = document.getElementById(targetId)
    if (!target || !status.current) return
    const chosen = new URLSearchParams(signature)
    let count = 0
    for (const row of target.querySelectorAll<HTMLElement>('[data-screening]')) {
      row.hidden = !filters.every(({ key }) => matches(row, key, chosen.get(key) ?? ''))
      if (!row.hidden) count += 1
    }
    for (const group of target.querySelectorAll<HTMLElement>('[data-day-group]')) {
      group.hidden = !group.querySelector('[data-screening]:not([hidden])')
    }
    status.current.textContent = count === 0 ? emptyLabel : (count === 1 ? shownLabel.one : shownLabel.other).replace('#', String(count))
  }, [signature, filters, targetId, emptyLabel, shownLabel])

  return (
    <form className="programme-filters" aria-label={legend} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{legend}</legend>
        {filters.map(({ key, label, options }) => (
          <label key={key}>
            <span>{label}</span>
            <select name={key} value={params.get(key) ?? ''} onChange={(event) => setParam(key, event.target.value)}>
              <option value="">{anyLabel}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <p ref={status} role="status" aria-live="polite" className="filter-count" />
    </form>
  )
}
