'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { creditRoleLabel } from './credits'

type Credit = { role?: string; character?: string }

/** Shows "Director", "Cast: Cường" (in the admin's language) instead of "Credit 01" in the credits list. */
export function CreditRowLabel() {
  const { data, rowNumber } = useRowLabel<Credit>()
  const { i18n } = useTranslation()
  if (!data?.role) return <span>Credit {(rowNumber ?? 0) + 1}</span>
  const role = creditRoleLabel(data.role, i18n.language)
  return <span>{data.character ? `${role}: ${data.character}` : role}</span>
}
