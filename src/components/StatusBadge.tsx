import type { Messages } from '@/i18n/messages'
import type { Screening } from '@/payload-types'

/** Status of a screening; nothing for an ordinary scheduled one. */
export function StatusBadge({ status, t }: { status: Screening['status']; t: Messages }) {
  if (status === 'scheduled') return null
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {t.screening.status[status]}
    </span>
  )
}
