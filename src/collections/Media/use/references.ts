import type { FlattenedBlock, FlattenedField, SanitizedCollectionConfig, Where } from 'payload'

import { idOf } from '@/lib/relations'

const MEDIA = 'media'

type Row = Record<string, unknown>
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)
const pointsAtMedia = (relationTo: string | string[]) =>
  Array.isArray(relationTo) ? relationTo.includes(MEDIA) : relationTo === MEDIA
const inlineBlocks = (field: FlattenedField): FlattenedBlock[] =>
  field.type === 'blocks'
    ? [
        ...field.blocks,
        ...(field.blockReferences ?? []).filter((block): block is FlattenedBlock => typeof block !== 'string'),
      ]
    : []

/** Whether a field, or one inside it, can hold a media id: an upload or relationship to media, or rich text (upload nodes). */
export function holdsMedia(field: FlattenedField): boolean {
  switch (field.type) {
    case 'upload':
    case 'relationship':
      return pointsAtMedia(field.relationTo)
    case 'richText':
      return true
    case 'group':
    case 'array':
    case 'tab':
      return field.flattenedFields.some(holdsMedia)
    case 'blocks':
      return inlineBlocks(field).some((block) => block.flattenedFields.some(holdsMedia))
    default:
      return false
  }
}

/**
 * Query paths that find documents holding given media ids. Rich text is matched
 * on its top-level nodes' `value` (where Lexical keeps an upload node): a
 * coarse filter, as another node could carry the same number; the documents
 * found are then read exactly (`mediaIdsIn`).
 */
function queryPaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.filter(holdsMedia).flatMap((field) => {
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'upload':
      case 'relationship':
        return [Array.isArray(field.relationTo) ? `${path}.value` : path]
      case 'richText':
        return [`${path}.root.children.value`]
      case 'blocks':
        return inlineBlocks(field).flatMap((block) => queryPaths(block.flattenedFields, `${path}.`))
      default:
        return 'flattenedFields' in field ? queryPaths(field.flattenedFields, `${path}.`) : []
    }
  })
}

/** Media ids in Lexical JSON: upload nodes pointing at media, at any depth. */
function idsInRichText(node: unknown, into: Set<number>): void {
  if (Array.isArray(node)) return node.forEach((child) => idsInRichText(child, into))
  if (!isRow(node)) return
  if (node.type === 'upload' && node.relationTo === MEDIA) {
    const id = idOf(node.value)
    if (id !== undefined) into.add(id)
  }
  idsInRichText(node.root ?? node.children, into)
}

function idsInRelation(field: { relationTo: string | string[] }, value: unknown, into: Set<number>): void {
  for (const item of Array.isArray(value) ? value : [value]) {
    const id = Array.isArray(field.relationTo)
      ? isRow(item) && item.relationTo === MEDIA
        ? idOf(item.value)
        : undefined
      : idOf(item)
    if (id !== undefined) into.add(id)
  }
}

/**
 * Every media id a document holds, read with `locale: 'all'` (a localized
 * field is then an object keyed by locale, its children are not).
 */
export function mediaIdsIn(
  fields: FlattenedField[],
  data: unknown,
  into = new Set<number>(),
  insideLocalized = false,
): Set<number> {
  if (!isRow(data)) return into
  for (const field of fields.filter(holdsMedia)) {
    const raw = data[field.name]
    const values = field.localized && !insideLocalized && isRow(raw) ? Object.values(raw) : [raw]
    const localized = insideLocalized || Boolean(field.localized)
    for (const value of values) {
      switch (field.type) {
        case 'upload':
        case 'relationship':
          idsInRelation(field, value, into)
          break
        case 'richText':
          idsInRichText(value, into)
          break
        case 'group':
        case 'tab':
          mediaIdsIn(field.flattenedFields, value, into, localized)
          break
        case 'array':
          for (const row of Array.isArray(value) ? value : []) mediaIdsIn(field.flattenedFields, row, into, localized)
          break
        case 'blocks':
          for (const row of Array.isArray(value) ? value : []) {
            const block = isRow(row) ? inlineBlocks(field).find(({ slug }) => slug === row.blockType) : undefined
            if (block) mediaIdsIn(block.flattenedFields, row, into, localized)
          }
          break
      }
    }
  }
  return into
}

/** Where a collection keeps media, as read from its config: what to select, how to find users of given ids, how to read ids back. */
export type MediaUser = {
  slug: string
  hasDrafts: boolean
  select: Record<string, true>
  whereUses: (ids: number[]) => Where
  idsIn: (doc: unknown) => Set<number>
}

export function mediaUser(collection: SanitizedCollectionConfig): MediaUser | null {
  const fields = collection.flattenedFields.filter(holdsMedia)
  if (collection.slug === MEDIA || fields.length === 0) return null
  const paths = queryPaths(fields)
  return {
    slug: collection.slug,
    hasDrafts: Boolean(collection.versions && collection.versions.drafts),
    select: Object.fromEntries(fields.map((field) => [field.name, true])),
    whereUses: (ids) => ({ or: paths.map((path) => ({ [path]: { in: ids } })) }),
    idsIn: (doc) => mediaIdsIn(fields, doc),
  }
}
