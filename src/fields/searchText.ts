import type { Field } from 'payload'

import { toUnaccented } from '@/lib/slug'

/** How search text and queries are compared: lower case, no diacritics, đ → d. */
export const normalizeForSearch = (value: string) => toUnaccented(value).toLowerCase()

/**
 * A hidden, indexed field with the document's searchable words normalized, so
 * "mua do", "Mưa Đỏ" and "MƯA ĐỎ" all find "Mưa Đỏ". Set by a collection hook.
 */
export const searchTextField = (localized = false): Field => ({
  name: 'searchText',
  type: 'text',
  localized,
  index: !localized,
  admin: { hidden: true },
})
