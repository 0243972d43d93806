export const ORGANISATION_ROLES = [
  { label: 'Organiser', value: 'organiser' },
  { label: 'Co-organiser', value: 'co-organiser' },
  { label: 'Patron', value: 'patron' },
  { label: 'Partner', value: 'partner' },
  { label: 'Sponsor', value: 'sponsor' },
] as const
