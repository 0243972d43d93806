import { WireCounter } from '../../bench/sqlProxy'

/** A typed protocol message: type byte, int32 length (itself included), payload. */
function message(type: string, payload = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5)
  header.write(type, 0, 'latin1')
  header.writeInt32BE(payload.length + 4, 1)
  return Buffer.concat([header, payload])
}

function untyped(code: number, payload = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(8)
  header.writeInt32BE(payload.length + 8, 0)
  header.writeInt32BE(code, 4)
  return Buffer.concat([header, payload])
}

const startup = untyped(196608, Buffer.from('user\0postgres\0database\0bench\0\0'))
const sql = (text: string) => Buffer.from(`${text}\0`)

test('counts simple queries and extended-protocol executions, not the messages around them', () => {
  const counter = new WireCounter()
  counter.feed(Buffer.concat([startup, message('p', Buffer.from('secret\0')), message('Q', sql('BEGIN'))]))
  counter.feed(Buffer.concat([message('P', sql('select 1')), message('B'), message('D'), message('E'), message('S')]))
  counter.feed(message('Q', sql('COMMIT')))
  expect(counter.statements).toBe(3)
})

test('follows messages split anywhere across chunks, and an SSL request before the startup', () => {
  const stream = Buffer.concat([
    untyped(80877103),
    startup,
    ...Array.from({ length: 5 }, () => message('Q', sql('select 1'.repeat(50)))),
  ])
  const counter = new WireCounter()
  for (let offset = 0; offset < stream.length; offset += 7) counter.feed(stream.subarray(offset, offset + 7))
  expect(counter.statements).toBe(5)
})
