import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '../../src/db/freePort'
import { startDatabase } from '../support/database'
import { killOnSignals, run, start } from '../support/processes'
import { assertPortFree, waitForServer } from '../support/servers'

import { api, login } from './api'
import { clearCaches, state, stopAll } from './state'

const log = (line: string) => console.log(`[e2e] ${line}`)

async function timed<T>(what: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await step()
  log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result
}

/** Jest's own flag must not reach Next or tsx; anything else in NODE_OPTIONS (memory, certificates) may. */
const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace('--experimental-vm-modules', '').trim()

/** The account tests publish and preview with: an editor, as the festival's staff are, not the admin. */
async function createEditor(adminToken: string): Promise<void> {
  const editor = {
    email: 'e2e-editor@filmweek.test',
    password: crypto.randomBytes(18).toString('hex'),
    role: 'editor',
    name: 'E2E Editor',
  }
  const { status, body } = await api('POST', '/users', { token: adminToken, body: editor })
  if (status !== 201) throw new Error(`creating the editor failed: ${status} ${JSON.stringify(body)}`)
  process.env.E2E_EDITOR_EMAIL = editor.email
  process.env.E2E_EDITOR_PASSWORD = editor.password
}

/** The seed's screening has no ticket link (none is known); the JSON-LD checks need an Offer to look at. */
async function sellTicketsForTheDemoScreening(token: string): Promise<void> {
  const { body } = await api<{ docs: { id: number }[] }>('GET', '/screenings?limit=1&depth=0', { token })
  const [screening] = body.docs
  if (!screening) throw new Error('the seed made no screening')
  const { status } = await api('PATCH', `/screenings/${screening.id}`, {
    token,
    body: { ticketUrl: 'https://tickets.example/closing-night' },
  })
  if (status !== 200) throw new Error(`adding a ticket link failed: ${status}`)
}

/**
 * The site as visitors get it: a production build (`next build` + `next start`)
 * on a fresh, migrated, seeded database, with a seeded admin for the REST
 * calls and an editor. Workers read the base URL and credentials from E2E_* variables.
 */
export async function startSite(rootDir: string): Promise<void> {
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const logs = path.join(rootDir, '.data/e2e')
  fs.rmSync(logs, { recursive: true, force: true })
  fs.mkdirSync(logs, { recursive: true })
  const admin = { email: 'e2e-admin@filmweek.test', password: crypto.randomBytes(18).toString('hex') }
  const bin = (name: string) => path.join(rootDir, 'node_modules/.bin', name)

  await assertPortFree(port) // before a build of a minute or two, not after
  // The children below run in process groups of their own, out of the terminal's reach: Ctrl-C must end them too.
  state.release = killOnSignals()
  try {
    state.database = await timed('database', () =>
      startDatabase(
        rootDir,
        'e2e',
        process.env.E2E_EMBEDDED_PG_PORT ? Number(process.env.E2E_EMBEDDED_PG_PORT) : undefined,
      ),
    )
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: nodeOptions,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: state.database.url,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      SERVER_URL: baseUrl,
      MEDIA_DIR: path.join(logs, 'media'),
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      // The tests play the proxy in front of the site: the fuzz test gives each request its own
      // X-Forwarded-For so 3,000 requests do not spend the one loopback address's feed quota.
      TRUSTED_PROXY_HOPS: '1',
      // Every browser test reads and searches from the one loopback address, anonymously: the limits
      // themselves are tested in tests/unit/searchQuota.test.ts and tests/integration/restGuards.test.ts.
      SEARCH_RATE_LIMIT: '100000',
      API_RATE_LIMIT_ANONYMOUS: '100000',
      API_RATE_LIMIT_PARTNER: '200000',
    }
    const options = (name: string) => ({ cwd: rootDir, env, log: path.join(logs, `${name}.log`) })

    await timed('migrate + seed', () =>
      run('prepare', bin('tsx'), ['--conditions=production', 'src/scripts/prepare.ts', '--seed'], options('prepare')),
    )
    // Next keeps its data cache across builds, and pages regenerated at run time
    // beside the build's: read from another database (a developer's, or the
    // last run's), they would be served as this one's.
    state.runtimeCaches = ['.next/cache/fetch-cache', '.next/server/route-cache'].map((dir) => path.join(rootDir, dir))
    clearCaches(state.runtimeCaches)
    if (process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(rootDir, '.next/BUILD_ID'))) {
      log('next build: skipped (E2E_SKIP_BUILD=1, reusing .next)')
    } else {
      await timed('next build', () => run('next build', bin('next'), ['build'], options('build')))
    }
    await assertPortFree(port)
    // Own process group, so teardown can stop next and every worker it forked at once.
    const server = start('next start', bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], options('server'))
    state.server = server
    const { status } = await timed('next start', () => waitForServer(`${baseUrl}/en`, server, { timeoutMs: 90_000 }))
    if (status !== 200) log(`warning: GET /en answers ${status}; the browsing tests will say more`)

    process.env.E2E_BASE_URL = baseUrl
    // For tests that start more instances of the same site (instances.test.ts).
    process.env.E2E_DATABASE_URL = env.DATABASE_URL
    process.env.E2E_PAYLOAD_SECRET = env.PAYLOAD_SECRET
    process.env.E2E_MEDIA_DIR = env.MEDIA_DIR
    process.env.E2E_ADMIN_EMAIL = admin.email
    process.env.E2E_ADMIN_PASSWORD = admin.password
    // Fail here, once, rather than in every test that needs a token.
    const adminToken = await login()
    await createEditor(adminToken)
    await sellTicketsForTheDemoScreening(await login('editor'))
  } catch (error) {
    // Jest skips the global teardown when the setup fails.
    await stopAll()
    throw error
  }
  log(`${baseUrl} ready (logs in ${path.relative(rootDir, logs)}/)`)
}
