/** Runs once when a Next server starts, before it answers requests. */
export async function register(): Promise<void> {
  // Node's HTTP server only: the edge runtime has none.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Before anything else: a bad variable stops the server with its name, not at the first request.
  ;(await import('@/env')).envOrExit()
  // Request interceptors, in this order, through the one wrapped server emit (src/security/serverRequests.ts):
  // nothing else patches Node's HTTP classes.
  ;(await import('@/security/refuseTrace')).refuseTraceRequests()
  ;(await import('@/security/peerAddress')).recordPeerAddress()
  ;(await import('@/security/requestLimits')).limitRequests()
  ;(await import('@/ops/pageOutage')).answer503ForPagesWhileDatabaseIsDown()
  ;(await import('@/ops/notFoundShells')).serveWholeNotFoundPages()
  // Publication events of the other instances (through Redis, when REDIS_URL is set) expire this one's caches.
  ;(await import('@/publication/bus')).listenToOtherInstances()
}
