/** The id of a relationship value, whether it arrived populated or as a bare id. */
export function idOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (typeof value === 'object' && value !== null && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}
