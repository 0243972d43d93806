import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

/** s3rver's fixed credentials. */
export const S3RVER_KEY = 'S3RVER'

export type LocalS3 = {
  endpoint: string
  port: number
  stop: () => Promise<void>
  start: () => Promise<void>
  remove: () => Promise<void>
}

/**
 * An S3-compatible server from npm (s3rver) on loopback, with `bucket`
 * created. It can be stopped and started again on the same port (an outage)
 * and keeps its files in between.
 */
export async function startLocalS3(bucket: string, port = 0): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'))
  let server: S3rver | undefined
  let boundPort = port
  const start = async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port: boundPort,
      directory,
      silent: true,
      configureBuckets: [{ name: bucket }],
    })
    boundPort = (await server.run()).port
  }
  const stop = async () => {
    const http = server?.httpServer
    server = undefined
    if (!http) return
    // The SDK keeps connections alive; close() alone would wait for them.
    http.closeAllConnections()
    await new Promise<void>((resolve) => http.close(() => resolve()))
  }
  await start()
  return {
    endpoint: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    start,
    stop,
    remove: async () => {
      await stop()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
