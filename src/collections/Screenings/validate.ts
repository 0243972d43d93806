import type { DateFieldValidation } from 'payload'

export const validateEnd: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { start?: string }).start
  if (!value || !start) return true
  return new Date(value) > new Date(start) ? true : 'The end must come after the start.'
}

export const validatePreviousStart: DateFieldValidation = (value, { siblingData }) => {
  const status = (siblingData as { status?: string }).status
  if (status === 'rescheduled' && !value) return 'A rescheduled screening needs its previous start time.'
  return true
}
