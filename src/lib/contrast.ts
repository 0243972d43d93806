import Color from 'color'

/** The site's page background (--paper in site.css): accents are read on it. */
export const PAGE_BACKGROUND = '#fbf8f4'
/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5

/** A colour as #rrggbb, or null when it is not a CSS colour. */
export function normalizeColour(value: string): string | null {
  try {
    return Color(value.trim()).hex().toLowerCase()
  } catch {
    return null
  }
}

/** The WCAG contrast ratio of `colour` against the page background. */
export const contrastOnPage = (colour: string) => Color(colour).contrast(Color(PAGE_BACKGROUND))
