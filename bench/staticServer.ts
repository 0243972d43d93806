/**
 * The floor of the bench: a bare node:http server answering every request
 * with the same bytes, read once. A child process of its own, so it never
 * shares an event loop with the load generator.
 *
 *   BENCH_STATIC_FILE=page.html (parent: fork with an IPC channel)
 */
import fs from 'node:fs'
import http from 'node:http'

const file = process.env.BENCH_STATIC_FILE
if (!file || !process.send) throw new Error('run as a child with BENCH_STATIC_FILE and an IPC channel')
const body = fs.readFileSync(file)

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
  response.end(body)
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 })
})
process.on('disconnect', () => process.exit(0))
