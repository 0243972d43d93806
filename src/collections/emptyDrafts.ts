import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { flattenTopLevelFields, hasDraftsEnabled } from 'payload/shared'

/**
 * The required top-level fields an editor fills in (those with a default are
 * filled by Payload itself, so they say nothing about the editor).
 */
function editorFilledRequired(payload: Payload, collection: CollectionSlug): string[] {
  return flattenTopLevelFields(payload.collections[collection].config.fields)
    .filter(
      (field): field is typeof field & { name: string } =>
        'name' in field &&
        'required' in field &&
        field.required === true &&
        !('defaultValue' in field && field.defaultValue !== undefined),
    )
    .map((field) => field.name)
}

/**
 * "Nothing-yet" documents: drafts whose required fields are all still empty,
 * as Payload's create view stored them on opening before drafts were
 * validated (a screening with no film, day or venue). None can have been
 * published: publishing needs those fields.
 */
export function emptyDraftsWhere(payload: Payload, collection: CollectionSlug): Where | null {
  const required = editorFilledRequired(payload, collection)
  if (required.length === 0) return null
  return { and: [{ _status: { equals: 'draft' } }, ...required.map((name) => ({ [name]: { exists: false } }))] }
}

/** Deletes the nothing-yet drafts of every collection with drafts, with their versions; returns how many per collection. */
export async function deleteEmptyDrafts(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Partial<Record<CollectionSlug, number>>> {
  const deleted: Partial<Record<CollectionSlug, number>> = {}
  for (const collection of Object.keys(payload.collections) as CollectionSlug[]) {
    if (!hasDraftsEnabled(payload.collections[collection].config)) continue
    const where = emptyDraftsWhere(payload, collection)
    if (!where) continue
    const { docs } = await payload.delete({ collection, where, overrideAccess: true, depth: 0, req })
    if (docs.length) deleted[collection] = docs.length
  }
  return deleted
}
