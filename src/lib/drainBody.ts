/** Beyond this a refused body is not worth reading: the connection may drop instead. */
export const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024

/**
 * Reads and discards what is left of a request's body (up to a limit).
 * Answering before the client has finished sending drops the connection
 * under it (ECONNRESET) instead of delivering the answer.
 */
export async function drainBody(request: Request, limit = DRAIN_LIMIT_BYTES): Promise<void> {
  if (!request.body || request.bodyUsed) return
  const reader = request.body.getReader()
  let read = 0
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      read += chunk.value.byteLength
      if (read > limit) break
    }
  } finally {
    reader.releaseLock()
  }
}
