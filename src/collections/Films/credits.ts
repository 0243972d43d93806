import type { Field } from 'payload'

export const CREDIT_ROLES = [
  { label: 'Director', value: 'director' },
  { label: 'Screenwriter', value: 'screenwriter' },
  { label: 'Author of the source work', value: 'source-author' },
  { label: 'Producer', value: 'producer' },
  { label: 'Cast', value: 'cast' },
  { label: 'Cinematographer', value: 'cinematographer' },
  { label: 'Editor', value: 'editor' },
  { label: 'Composer', value: 'composer' },
] as const

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
