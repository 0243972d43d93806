import type { Field } from 'payload'

/** Credit roles, with labels in the admin's three languages (as French and Vietnamese credits name them). */
export const CREDIT_ROLES = [
  { label: { en: 'Director', fr: 'Réalisation', vi: 'Đạo diễn' }, value: 'director' },
  { label: { en: 'Screenwriter', fr: 'Scénario', vi: 'Biên kịch' }, value: 'screenwriter' },
  {
    label: { en: 'Author of the source work', fr: 'Auteur de l’œuvre originale', vi: 'Tác giả nguyên tác' },
    value: 'source-author',
  },
  { label: { en: 'Producer', fr: 'Production', vi: 'Nhà sản xuất' }, value: 'producer' },
  { label: { en: 'Cast', fr: 'Interprétation', vi: 'Diễn viên' }, value: 'cast' },
  { label: { en: 'Cinematographer', fr: 'Image', vi: 'Quay phim' }, value: 'cinematographer' },
  { label: { en: 'Editor', fr: 'Montage', vi: 'Dựng phim' }, value: 'editor' },
  { label: { en: 'Composer', fr: 'Musique', vi: 'Âm nhạc' }, value: 'composer' },
] as const

type AdminLanguage = keyof (typeof CREDIT_ROLES)[number]['label']

/** A role's label in the admin's language (English when it has none), or the code itself for an unknown role. */
export function creditRoleLabel(role: string, language: string): string {
  const found = CREDIT_ROLES.find((option) => option.value === role)
  return found ? found.label[(language in found.label ? language : 'en') as AdminLanguage] : role
}

export const creditsField: Field = {
  name: 'credits',
  type: 'array',
  admin: { components: { RowLabel: '@/collections/Films/CreditRowLabel#CreditRowLabel' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'person', type: 'relationship', relationTo: 'people', required: true, index: true },
        { name: 'role', type: 'select', options: [...CREDIT_ROLES], required: true },
        {
          name: 'character',
          type: 'text',
          localized: true,
          admin: { condition: (_, sibling) => sibling?.role === 'cast', description: 'Character played (cast only)' },
        },
      ],
    },
  ],
}
