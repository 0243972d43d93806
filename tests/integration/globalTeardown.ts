import type { EmbeddedDatabase } from '../../src/db/embedded'

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_DB__?: EmbeddedDatabase }).__TEST_DB__?.stop()
}
