import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'

import { startEmbeddedPostgres } from '@/db/embedded'
import { freePort } from '@/db/freePort'

// `npm start` on a machine where the embedded server's port is taken (another checkout's, a
// second `npm run dev`): the error says what happened and what to set, not "undefined".
test('a taken port is named in the error, with the setting that moves it and PostgreSQL’s own words', async () => {
  const port = await freePort()
  const taker = net.createServer().listen(port, '127.0.0.1')
  await new Promise((resolve) => taker.once('listening', resolve))
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fw-port-'))
  fs.chmodSync(dataDir, 0o777)
  try {
    const started = startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, database: 'x', ephemeral: true })
    await expect(started).rejects.toThrow(
      new RegExp(`did not start on port ${port}[\\s\\S]*EMBEDDED_PG_PORT[\\s\\S]*in use`),
    )
  } finally {
    taker.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}, 60_000)
