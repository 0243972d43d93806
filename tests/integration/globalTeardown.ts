import type { Database } from '../support/database'

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_DB__?: Database }).__TEST_DB__?.stop()
}
