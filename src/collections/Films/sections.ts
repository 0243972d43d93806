export const PROGRAMME_SECTIONS = [
  { label: 'Opening film', value: 'opening' },
  { label: 'Closing film', value: 'closing' },
  { label: 'Competition', value: 'competition' },
  { label: 'Panorama', value: 'panorama' },
  { label: 'Documentary', value: 'documentary' },
  { label: 'Short films', value: 'shorts' },
  { label: 'Retrospective', value: 'retrospective' },
  { label: 'Special screening', value: 'special' },
] as const
