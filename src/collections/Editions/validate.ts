import type { DateFieldValidation } from 'payload'
import { contrastOnPage, MIN_CONTRAST, normalizeColour, PAGE_BACKGROUND } from '@/lib/contrast'

export const validateEndDate: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startDate?: string }).startDate
  if (!value || !start) return true
  return new Date(value) >= new Date(start) ? true : 'The last day cannot come before the first day.'
}

/** An accent must be a colour text can be read in on the page background (WCAG AA, 4.5:1); the message names the ratio. */
export const validateAccentColour = (value: null | string | undefined): string | true => {
  if (!value) return true
  const colour = normalizeColour(value)
  if (!colour) return `"${value}" is not a colour: use a hex code such as #a3261b.`
  const ratio = Math.floor(contrastOnPage(colour) * 100) / 100
  if (ratio >= MIN_CONTRAST) return true
  return `${value} has a contrast ratio of ${ratio}:1 against the page background (${PAGE_BACKGROUND}); at least ${MIN_CONTRAST}:1 is needed so text in it stays readable. Choose a darker colour.`
}
