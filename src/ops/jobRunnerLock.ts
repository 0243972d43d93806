import pg from 'pg'

// Any fixed 64-bit number, the same for every instance of the app (the migration lock uses another).
export const JOB_RUNNER_LOCK = 7_420_251_127

export type JobRunnerLock = {
  /** Whether this process is the job runner: it holds the lock, or takes it now that nobody does. */
  held: () => Promise<boolean>
  release: () => Promise<void>
}

/**
 * Exactly one job runner however many instances have JOBS_RUNNER on: the
 * first to take a session-level PostgreSQL advisory lock keeps it on a
 * connection of its own (a pooled one would pass the session to other
 * queries) for as long as it lives; the others ask again at every tick and
 * take over when the holder's session ends, as it does when the process dies.
 */
export function jobRunnerLock(connectionString: string): JobRunnerLock {
  let client: pg.Client | null = null
  let held = false

  const drop = async () => {
    const old = client
    client = null
    held = false
    await old?.end().catch(() => undefined)
  }

  return {
    async held() {
      try {
        if (!client) {
          const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 })
          // A lost connection has lost the lock with it.
          fresh.on('error', () => void drop())
          client = fresh
          await fresh.connect()
        }
        // While held, a ping checks the session (and so the lock) is still there; advisory locks stack, so it is not taken twice.
        held = held
          ? (await client.query('SELECT 1'), true)
          : (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [JOB_RUNNER_LOCK]))
              .rows[0]?.locked === true
        return held
      } catch {
        await drop()
        return false
      }
    },
    release: drop,
  }
}
