/**
 * The floor of the bench: a bare node:http server answering `/<name>` with
 * the bytes of `<name>` in a directory, read once at start. A child process
 * of its own, so it never shares an event loop with the load generator.
 *
 *   BENCH_STATIC_DIR=dir (parent: fork with an IPC channel)
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const dir = process.env.BENCH_STATIC_DIR
if (!dir || !process.send) throw new Error('run as a child with BENCH_STATIC_DIR and an IPC channel')
const files = new Map(fs.readdirSync(dir).map((name) => [`/${name}`, fs.readFileSync(path.join(dir, name))]))

const server = http.createServer((request, response) => {
  const body = files.get(request.url ?? '')
  if (!body) return response.writeHead(404).end()
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
  response.end(body)
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 })
})
process.on('disconnect', () => process.exit(0))
