'use client'
import { useRowLabel } from '@payloadcms/ui'

type Credit = { role?: string; character?: string }

/** Shows "director", "cast as Cường" instead of "Credit 01" in the credits list. */
export function CreditRowLabel() {
  const { data, rowNumber } = useRowLabel<Credit>()
  if (!data?.role) return <span>Credit {(rowNumber ?? 0) + 1}</span>
  return <span>{data.character ? `${data.role} as ${data.character}` : data.role}</span>
}
