/**
 * Counts the SQL statements the app sends: a TCP proxy between the Next
 * server and PostgreSQL that reads the client side of the wire protocol.
 * Why a proxy: it needs no server setting (pg_stat_statements needs a
 * preload library, `log_statement` a log we can read), works the same on the
 * embedded server and on DATABASE_URL's, counts exactly (PostgreSQL's own
 * counters are flushed up to seconds late), and sees only the app's traffic.
 * Runs as a child process of the bench (IPC), so the load generator's busy
 * event loop never delays a query.
 *
 *   BENCH_PG_TARGET=127.0.0.1:5432  (parent: fork with an IPC channel)
 */
import net from 'node:net'

/** Protocol 3.0 startup, and the 8-byte requests that may precede it (SSL, GSSAPI). */
const PROTOCOL_3 = 196608

export type Counts = { statements: number; connections: number }

/**
 * Reads message boundaries from the client→server byte stream. A statement
 * is a simple Query ('Q') or an Execute ('E') of the extended protocol that
 * node-postgres uses for parameterized queries (Parse/Bind/Describe/Execute/Sync).
 */
export class WireCounter {
  statements = 0
  private startup = true
  private header = Buffer.alloc(0)
  private skip = 0

  feed(chunk: Buffer): void {
    let offset = 0
    while (offset < chunk.length) {
      if (this.skip > 0) {
        const skipped = Math.min(this.skip, chunk.length - offset)
        this.skip -= skipped
        offset += skipped
        continue
      }
      const need = this.startup ? 8 : 5
      const take = Math.min(need - this.header.length, chunk.length - offset)
      this.header = Buffer.concat([this.header, chunk.subarray(offset, offset + take)])
      offset += take
      if (this.header.length < need) return
      if (this.startup) {
        // Untyped: int32 length, int32 code. Anything but a 3.0 startup (SSL or GSSAPI request) comes before one.
        if (this.header.readInt32BE(4) === PROTOCOL_3) this.startup = false
        this.skip = this.header.readInt32BE(0) - 8
      } else {
        const type = String.fromCharCode(this.header[0])
        if (type === 'Q' || type === 'E') this.statements++
        this.skip = this.header.readInt32BE(1) - 4
      }
      this.header = Buffer.alloc(0)
    }
  }
}

function main(): void {
  const [host, port] = (process.env.BENCH_PG_TARGET ?? '').split(':')
  if (!host || !port || !process.send)
    throw new Error('run as a child with BENCH_PG_TARGET=host:port and an IPC channel')
  const counters = new Set<WireCounter>()
  let closed = 0
  let connections = 0

  const server = net.createServer((client) => {
    connections++
    const counter = new WireCounter()
    counters.add(counter)
    const upstream = net.connect(Number(port), host)
    client.on('data', (chunk: Buffer) => counter.feed(chunk))
    client.pipe(upstream)
    upstream.pipe(client)
    const close = () => {
      if (counters.delete(counter)) closed += counter.statements
      client.destroy()
      upstream.destroy()
    }
    client.on('error', close).on('close', close)
    upstream.on('error', close).on('close', close)
  })
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 })
  })
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'count') return
    let statements = closed
    for (const counter of counters) statements += counter.statements
    const counts: Counts = { statements, connections }
    process.send?.({ type: 'count', ...counts })
  })
  // The parent went away: so do we.
  process.on('disconnect', () => process.exit(0))
}

if (process.env.BENCH_PG_TARGET) main()
