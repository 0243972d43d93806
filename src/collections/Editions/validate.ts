import type { DateFieldValidation } from 'payload'

export const validateEndDate: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startDate?: string }).startDate
  if (!value || !start) return true
  return new Date(value) >= new Date(start) ? true : 'The last day cannot come before the first day.'
}
