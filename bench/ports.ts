import { freePort as ephemeralPort } from '../src/db/freePort'

/** Ports other tools use on this machine (dev server, e2e, embedded databases): never ours. */
const RESERVED = new Set([3000, 3210, 54329, 54339, 54349])

/** A loopback port free right now and not one of the reserved ones. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await ephemeralPort()
    if (!RESERVED.has(port)) return port
  }
}
