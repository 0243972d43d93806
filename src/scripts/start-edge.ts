/**
 * `npm run start:edge`: the whole stack on one machine. `npm start` (the
 * production server, with its embedded database when DATABASE_URL is unset)
 * and, in front of it, varnishd with deploy/varnish/default.vcl on EDGE_PORT.
 * Ctrl-C or SIGTERM stops both and waits for them; if either stops by
 * itself, the other is stopped too.
 */
import { spawn } from 'node:child_process'

import { edgeStartEnvSchema, parseVariables } from '@/env'
import { checkVcl, findVarnishd, startVarnish, VARNISH_MISSING } from '@/edge/varnishd'
import { stopProcessGroup } from '@/lib/processGroup'

const settings = parseVariables(edgeStartEnvSchema, process.env)
const varnishd = findVarnishd()
if (!varnishd) {
  console.error(VARNISH_MISSING)
  process.exit(1)
}
const edgeUrl = `http://localhost:${settings.EDGE_PORT}`
const backend = { host: '127.0.0.1', port: settings.PORT }
const listen = { host: settings.EDGE_HOST, port: settings.EDGE_PORT }
// Before starting the app: a missing xkey module is said at once, not after a build.
const problem = checkVcl(varnishd, { listen, backend })
if (problem) {
  console.error(`The edge's VCL does not compile:\n${problem}`)
  process.exit(1)
}

const app = spawn('npm', ['start'], {
  stdio: 'inherit',
  // Own process group: npm, the database runner, next and its workers stop together.
  detached: true,
  env: {
    ...process.env,
    PORT: String(settings.PORT),
    // What visitors use is the edge; publishes purge it; it is one more hop in X-Forwarded-For.
    SERVER_URL: process.env.SERVER_URL || edgeUrl,
    VARNISH_PURGE_URLS: process.env.VARNISH_PURGE_URLS || `http://127.0.0.1:${settings.EDGE_PORT}`,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || '1',
  },
})
const appExited = new Promise<number>((resolve) =>
  app.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
)

let stopping = false
/** Stops both (once: the first reason to stop gives the exit code), waits for every process of both to exit, then exits. */
async function stopAll(edge: Awaited<ReturnType<typeof startVarnish>> | undefined, code: number): Promise<void> {
  if (stopping) return
  stopping = true
  console.log('[edge] stopping varnishd and the app…')
  await Promise.all([edge?.stop(), stopProcessGroup(app.pid, 15_000).then(() => appExited)])
  process.exit(code)
}

let edge: Awaited<ReturnType<typeof startVarnish>> | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll(edge, 0))
void appExited.then((code) => {
  if (!stopping) console.error(`[edge] the app stopped (exit ${code})`)
  return stopAll(edge, code || 1)
})

try {
  edge = await startVarnish({ listen, backend })
  console.log(`[edge] Varnish on ${edgeUrl} in front of the app on http://127.0.0.1:${settings.PORT}`)
  void edge.exited.then((code) => {
    if (!stopping) console.error(`[edge] varnishd stopped (exit ${code})`)
    return stopAll(edge, code || 1)
  })
} catch (error) {
  console.error(`[edge] ${error instanceof Error ? error.message : String(error)}`)
  await stopAll(undefined, 1)
}
