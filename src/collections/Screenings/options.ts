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

/** Where ticket sales stand; a screening whose status is sold-out is sold out whatever this says. */
export const TICKET_AVAILABILITY = [
  { label: 'Not yet on sale (on sale from a date)', value: 'on-sale-from' },
  { label: 'On sale', value: 'on-sale' },
  { label: 'Few left', value: 'few-left' },
  { label: 'Sold out', value: 'sold-out' },
  { label: 'Free, with registration', value: 'free-registration' },
  { label: 'Tickets at the door only', value: 'at-the-door' },
] as const

export const PRICE_LABELS = [
  { label: 'Full price', value: 'full' },
  { label: 'Reduced', value: 'reduced' },
  { label: 'Under 26', value: 'under-26' },
  { label: 'Child', value: 'child' },
  { label: 'Member', value: 'member' },
  { label: 'Festival pass', value: 'pass' },
] as const
