import type { Messages } from '@/i18n/messages'
import type { Screening } from '@/payload-types'

/**
 * The star that saves a screening to "My festival". Server-rendered and
 * hidden: it works only with the script (MyFestivalRuntime), which shows it
 * and handles every star on the page with one listener, not a client
 * component per row.
 */
export function SaveToggle({ screening, name, t }: { screening: Pick<Screening, 'id'>; name: string; t: Messages }) {
  return (
    <button type="button" className="save-toggle" data-save={screening.id} aria-pressed="false" hidden>
      <span aria-hidden="true" className="star" />
      {t.myFestival.save}
      <span className="visually-hidden">{`, ${name}`}</span>
    </button>
  )
}
