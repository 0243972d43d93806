'use client'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'

import type { Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { findClashes, type Slot } from '@/myFestival/clashes'
import { CHANGED, decodeShare, encodeShare, readSaved, writeSaved } from '@/myFestival/saved'

/** Words from the server (messages hold functions, which cannot cross to the client): `{a}` and the like are filled in here. */
export type MyFestivalLabels = {
  intro: string
  empty: string
  clashes: string
  overlap: string
  travel: string
  exportCalendar: string
  share: string
  shareHelp: string
  copy: string
  copied: string
  shared: string
  keep: string
}

type Props = { locale: Locale; intlLocale: string; targetId: string; labels: MyFestivalLabels }

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

const DEFAULT_LENGTH_MS = 120 * 60_000

/** A row's slot from the data attributes ScreeningList writes. */
function slotOf(row: HTMLElement): Slot {
  const start = row.dataset.start ?? ''
  const [latitude, longitude] = (row.dataset.geo ?? '').split(',').map(Number)
  return {
    id: Number(row.dataset.id),
    film: row.dataset.film ?? '',
    start,
    end: row.dataset.end || new Date(Date.parse(start) + DEFAULT_LENGTH_MS).toISOString(),
    venue: row.dataset.venueId ?? '',
    geo: row.dataset.geo ? { latitude, longitude } : null,
  }
}

/** Where the list comes from: a share link (?s=…) or this browser's storage; a string, so React can compare snapshots. */
function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
    window.removeEventListener('storage', onChange)
  }
}
function snapshot(): string {
  const fromLink = new URLSearchParams(window.location.search).get('s')
  return fromLink !== null ? `shared:${encodeShare(decodeShare(fromLink))}` : `saved:${encodeShare(readSaved())}`
}

/**
 * The "My festival" page's list: the edition's programme is in the HTML,
 * hidden; this shows the saved rows (or those of a share link), and says
 * which clash.
 */
export function MyFestivalList({ locale, intlLocale, targetId, labels }: Props) {
  const source = useSyncExternalStore(subscribe, snapshot, () => null)
  const [copied, setCopied] = useState(false)
  const shared = source?.startsWith('shared:') ?? false
  const ids = useMemo(() => (source === null ? null : decodeShare(source.slice(source.indexOf(':') + 1))), [source])
  // The rows the list names, read from the page once it is in the document: after a client-side
  // navigation this list renders before the programme it reads is committed.
  const [slots, setSlots] = useState<Slot[]>([])
  const clashes = useMemo(() => findClashes(slots), [slots])

  useEffect(() => {
    const target = document.getElementById(targetId)
    if (!target || ids === null) return
    const chosen = new Set(ids)
    const rows = [...target.querySelectorAll<HTMLElement>('[data-screening]')]
    for (const row of rows) row.hidden = !chosen.has(Number(row.dataset.id))
    for (const group of target.querySelectorAll<HTMLElement>('[data-day-group]'))
      group.hidden = !group.querySelector('[data-screening]:not([hidden])')
    target.hidden = !target.querySelector('[data-screening]:not([hidden])')
    // Read back in the next frame, as from any other part of the document outside React.
    const frame = requestAnimationFrame(() => setSlots(rows.filter((row) => !row.hidden).map(slotOf)))
    return () => cancelAnimationFrame(frame)
  }, [ids, targetId])

  if (ids === null) return null
  const time = new Intl.DateTimeFormat(intlLocale, {
    timeZone: FESTIVAL_TIME_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  })
  const at = (iso: string) => time.format(new Date(iso))
  const query = encodeShare(ids)
  const shareUrl = `${window.location.origin}${routes.myFestival(locale)}?s=${query}`
  return (
    <div className="my-festival-tools">
      {shared ? (
        <p>
          {labels.shared}{' '}
          <button type="button" onClick={() => writeSaved([...readSaved(), ...ids])}>
            {labels.keep}
          </button>
        </p>
      ) : (
        <p>{labels.intro}</p>
      )}
      {ids.length === 0 ? <p>{labels.empty}</p> : null}
      {clashes.length ? (
        <section className="clashes" aria-labelledby="clashes-heading">
          <h2 id="clashes-heading">{labels.clashes}</h2>
          <ul>
            {clashes.map((clash) => (
              <li key={`${clash.first.id}-${clash.second.id}`} data-clash={clash.kind}>
                {clash.kind === 'overlap'
                  ? fill(labels.overlap, {
                      a: clash.second.film,
                      at: at(clash.second.start),
                      b: clash.first.film,
                      bt: at(clash.first.start),
                    })
                  : fill(labels.travel, {
                      a: clash.second.film,
                      at: at(clash.second.start),
                      minutes: clash.gapMinutes,
                      b: clash.first.film,
                    })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ids.length ? (
        <p className="my-festival-actions">
          <a className="button" href={routes.myFestivalCalendar(locale, query)} download>
            {labels.exportCalendar}
          </a>{' '}
          <label className="share">
            <span>{labels.share}</span>{' '}
            <input
              type="text"
              readOnly
              value={shareUrl}
              aria-describedby="share-help"
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>{' '}
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true))
            }}
          >
            {labels.copy}
          </button>{' '}
          <span role="status">{copied ? labels.copied : ''}</span>
          <span id="share-help" className="hint">
            {labels.shareHelp}
          </span>
        </p>
      ) : null}
    </div>
  )
}
