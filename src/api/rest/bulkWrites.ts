import { APIError, type CollectionAfterOperationHook, type SanitizedConfig } from 'payload'

type BulkError = { id: number | string; message: string }

function bulkErrors(result: unknown): BulkError[] {
  const errors = (result as { errors?: unknown } | null)?.errors
  return Array.isArray(errors) ? (errors as BulkError[]) : []
}

/**
 * Payload runs a bulk update or delete (`PATCH /api/quotes?where[id][in]=7,10`)
 * in one transaction but commits it even when some documents failed: the
 * answer is a 400 while the others are changed. Throwing here, before the
 * commit, makes Payload roll the whole transaction back, so a bulk write is
 * all or nothing and the 400 says which documents stopped it.
 */
export const bulkWriteAllOrNothing: CollectionAfterOperationHook = ({ operation, result }) => {
  if (operation !== 'update' && operation !== 'delete') return result
  const errors = bulkErrors(result)
  if (errors.length === 0) return result
  const verb = operation === 'update' ? 'updated' : 'deleted'
  const reasons = errors.map(({ id, message }) => `${id}: ${message}`).join('; ')
  throw new APIError(
    `Nothing was ${verb}: ${errors.length} of the matching documents could not be ${verb} (${reasons}).`,
    400,
    { errors },
    true,
  )
}

/** Every collection, Payload's own included, writes in bulk all or nothing. */
export function bulkWritesAllOrNothing(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.afterOperation = [...(collection.hooks.afterOperation ?? []), bulkWriteAllOrNothing]
  }
  return config
}
