'use client'
import { useEffect, useRef, useSyncExternalStore } from 'react'

import type { FilterKey } from './filterKeys'

export type FilterOption = { value: string; label: string }

type Props = {
  /** The programme's own URL: without JavaScript the form is sent there (GET) and the server filters. */
  action: string
  /** The query the server filtered by ('' on the cached page). */
  initialSearch: string
  targetId: string
  /** The day a programme paged by day shows when the query names none; undefined when the page holds every screening. */
  pagedDay?: string
  filters: { key: FilterKey; label: string; options: FilterOption[] }[]
  labels: {
    any: string
    legend: string
    shown: { one: string; other: string }
    empty: string
    submit: string
    reset: string
    /** `{value}` is replaced. */ unknown: string
  }
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

function setParams(params: URLSearchParams) {
  const query = params.toString()
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname)
  window.dispatchEvent(new Event(URL_CHANGED))
}

/** Whether a row's space-separated data attribute holds the chosen value. */
const matches = (row: HTMLElement, key: FilterKey, value: string) =>
  !value || (row.dataset[key] ?? '').split(' ').includes(value)

/**
 * A paged programme sends the form: its query leaves out the filters left at "any". Added at
 * submit time (the form data is built just after), not in an effect: a choice made while the
 * page hydrates is replayed before effects run.
 */
function dropEmptyFilters(form: HTMLFormElement) {
  const dropEmpty = (event: FormDataEvent) => {
    for (const [key, value] of [...event.formData]) if (!value) event.formData.delete(key)
  }
  form.addEventListener('formdata', dropEmpty, { once: true })
}

/**
 * The programme's filters: a GET form with a submit button, so they work
 * without JavaScript (the server filters); with it, choices apply at once
 * to the statically rendered rows, or, when the page holds one day of a
 * larger programme, load the page for them.
 */
export function ProgrammeFilters({ action, initialSearch, targetId, pagedDay, filters, labels }: Props) {
  const params = new URLSearchParams(useSyncExternalStore(subscribe, readSearch, () => initialSearch))
  const status = useRef<HTMLParagraphElement>(null)
  const signature = filters.map(({ key }) => `${key}=${params.get(key) ?? ''}`).join('&')
  const anyChosen = filters.some(({ key }) => params.get(key))

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
    status.current.textContent =
      count === 0 ? labels.empty : (count === 1 ? labels.shown.one : labels.shown.other).replace('#', String(count))
  }, [signature, filters, targetId, labels])

  const choose = (key: FilterKey, value: string, form: HTMLFormElement | null) => {
    if (pagedDay) return form?.requestSubmit()
    const next = new URLSearchParams(window.location.search)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next)
  }

  return (
    // Sent without JavaScript, and with it on a programme paged by day; otherwise every choice has already applied.
    <form
      className="programme-filters"
      aria-label={labels.legend}
      method="get"
      action={action}
      onSubmit={(event) => (pagedDay ? dropEmptyFilters(event.currentTarget) : event.preventDefault())}
    >
      <fieldset>
        <legend>{labels.legend}</legend>
        {filters.map(({ key, label, options }) => {
          // A paged programme always shows one day: its day has no "any".
          const paged = key === 'day' && pagedDay !== undefined
          const value = params.get(key) ?? (paged ? pagedDay : '')
          // A value from an old link that this programme no longer offers: shown, so the empty result explains itself.
          const stale = value && !options.some((option) => option.value === value)
          return (
            <label key={key}>
              <span>{label}</span>
              <select name={key} value={value} onChange={(event) => choose(key, event.target.value, event.target.form)}>
                {paged ? null : <option value="">{labels.any}</option>}
                {stale ? <option value={value}>{labels.unknown.replace('{value}', value)}</option> : null}
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          )
        })}
        <p className="filter-buttons">
          <button type="submit" className="filter-submit">
            {labels.submit}
          </button>
          {anyChosen ? (
            <a
              href={action}
              onClick={(event) => (pagedDay ? undefined : (event.preventDefault(), setParams(new URLSearchParams())))}
            >
              {labels.reset}
            </a>
          ) : null}
        </p>
      </fieldset>
      <p ref={status} role="status" aria-live="polite" className="filter-count" />
    </form>
  )
}
