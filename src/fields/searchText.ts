import type { Field } from 'payload'

import { internalRead } from '@/access/internalFields'

import { toUnaccented } from '@/lib/slug'

/** How search text and queries are compared: lower case, no diacritics, đ → d. */
export const normalizeForSearch = (value: string) => toUnaccented(value).toLowerCase()

/**
 * A hidden, indexed field with the document's searchable words normalized, so
 * "mua do", "Mưa Đỏ" and "MƯA ĐỎ" all find "Mưa Đỏ". Set by a collection hook
 * from the document being saved only, so what a published document holds
 * comes from its published version (a draft save writes only its version).
 * Internal: the site's search reads it; readers get the results.
 */
export const searchTextField = (localized = false): Field => ({
  name: 'searchText',
  type: 'text',
  localized,
  index: !localized,
  access: internalRead,
  admin: { hidden: true },
})
