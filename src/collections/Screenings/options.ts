export const SCREENING_STATUSES = [
  { label: 'Scheduled', value: 'scheduled' },
  { label: 'Sold out', value: 'sold-out' },
  { label: 'Cancelled', value: 'cancelled' },
  { label: 'Rescheduled', value: 'rescheduled' },
] as const

export const SCREENING_LABELS = [
  { label: 'World premiere', value: 'world-premiere' },
  { label: 'International premiere', value: 'international-premiere' },
  { label: 'European premiere', value: 'european-premiere' },
  { label: 'French premiere', value: 'french-premiere' },
  { label: 'Opening night', value: 'opening-night' },
  { label: 'Closing night', value: 'closing-night' },
] as const

export const GUEST_EVENTS = [
  { label: 'None', value: 'none' },
  { label: 'Q&A', value: 'qa' },
  { label: 'Introduction', value: 'introduction' },
  { label: 'Guest appearance', value: 'guest-appearance' },
] as const

export const VERSIONS = [
  { label: 'Original version (VO)', value: 'original' },
  { label: 'Dubbed', value: 'dubbed' },
] as const

/** The accessibility checkboxes of a screening (its `accessibility` group), in the order pages list them. */
export const ACCESS_FLAGS = ['sdh', 'audioDescription', 'stepFree'] as const
