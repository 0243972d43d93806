import type { Field } from 'payload'

/** Adds the translation status to a collection's sidebar (after its first save). */
export const translationStatusField: Field = {
  name: 'translationStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/admin/TranslationStatus#TranslationStatus' } },
}
