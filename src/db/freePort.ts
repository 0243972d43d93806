import net from 'node:net'

/**
 * Ports other tools use on this machine (dev server, e2e, embedded databases):
 * free now perhaps, but taken as soon as they start, so never handed out.
 */
const RESERVED = new Set([3000, 3210, 54329, 54339, 54349])

function ephemeralPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** A TCP port free on loopback right now and not a reserved one, so parallel runs never fight over one. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await ephemeralPort()
    if (!RESERVED.has(port)) return port
  }
}
