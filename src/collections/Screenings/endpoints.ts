/**
 * Programme import and export for programmers (staff only):
 *   POST /api/screenings/import?dryRun=true|false   CSV as the body (text/csv) or a multipart `file` field
 *   GET  /api/screenings/export?edition=<slug>[&delimiter=semicolon]
 *   GET  /api/screenings/import-template[?delimiter=semicolon]      header row and one example
 * Format and rules: src/import/format.ts. The import defaults to a dry run:
 * writing takes an explicit dryRun=false.
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'
import { READS_ITS_OWN_BODY } from '@/api/rest/ownBodyRoutes'
import { importProgramme } from '@/import/apply'
import { exportProgramme } from '@/import/export'
import { MAX_FILE_BYTES } from '@/import/format'
import { toReport } from '@/import/report'
import { importTemplate } from '@/import/template'
import type { User } from '@/payload-types'

const NO_STORE = { 'cache-control': 'no-store' }

/** Errors in Payload's own REST shape. */
const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: NO_STORE })

const TOO_LARGE = `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: split the programme into several files.`

function staffOnly(req: PayloadRequest): Response | User {
  if (!req.user) return error(401, 'Log in (or send a staff API key) to import or export the programme.')
  if (!isStaff(req.user)) return error(403, 'Only admins and editors may import or export the programme.')
  return req.user
}

/** The request body, or null past `limit` bytes: read in chunks so a huge upload is cut off, not buffered. */
async function readCapped(req: PayloadRequest, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return null
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

/** The CSV bytes from a raw body or a multipart `file` field, or the Response that refuses them. */
async function uploadedFile(req: PayloadRequest): Promise<Uint8Array | Response> {
  // As sent: a browser's multipart boundary is mixed case, and only the media type compares case-insensitively.
  const header = req.headers.get('content-type') ?? ''
  const type = header.toLowerCase()
  if (type.startsWith('application/json') || type.startsWith('application/x-www-form-urlencoded')) {
    return error(
      415,
      'Send the CSV file itself (Content-Type: text/csv) or as a multipart/form-data field named "file".',
    )
  }
  const multipart = type.startsWith('multipart/form-data')
  // Room for the multipart envelope around a file of the maximum size.
  const body = await readCapped(req, multipart ? MAX_FILE_BYTES + 64 * 1024 : MAX_FILE_BYTES)
  if (!body) return error(413, TOO_LARGE)
  if (!multipart) return body
  let file: FormDataEntryValue | null
  try {
    file = (await new Response(body, { headers: { 'content-type': header } }).formData()).get('file')
  } catch {
    return error(400, 'The multipart body could not be read.')
  }
  if (!file || typeof file === 'string') return error(400, 'The multipart body has no file field named "file".')
  if (file.size > MAX_FILE_BYTES) return error(413, TOO_LARGE)
  return new Uint8Array(await file.arrayBuffer())
}

export const importHandler: PayloadHandler = async (req) => {
  const user = staffOnly(req)
  if (user instanceof Response) return user
  const flag = req.searchParams.get('dryRun') ?? 'true'
  if (flag !== 'true' && flag !== 'false') return error(400, 'dryRun must be true or false.')
  const dryRun = flag === 'true'
  const input = await uploadedFile(req)
  if (input instanceof Response) return input
  const result = await importProgramme({ payload: req.payload, user, input, dryRun, context: req.context })
  const report = toReport(result, dryRun)
  // A real import with any rejected row wrote nothing: 400 with the reasons.
  const status = !dryRun && !result.written ? 400 : 200
  return Response.json(report, { status, headers: NO_STORE })
}

/** The `delimiter` parameter: comma (default) or semicolon; null for anything else. */
function delimiterOf(req: PayloadRequest): ',' | ';' | null {
  const param = req.searchParams.get('delimiter') ?? 'comma'
  return ({ comma: ',', ',': ',', semicolon: ';', ';': ';' } as const)[param] ?? null
}

export const exportHandler: PayloadHandler = async (req) => {
  const user = staffOnly(req)
  if (user instanceof Response) return user
  const edition = req.searchParams.get('edition') || undefined
  const delimiter = delimiterOf(req)
  if (!delimiter) return error(400, 'delimiter must be comma or semicolon.')
  const result = await exportProgramme({ payload: req.payload, user }, { edition, delimiter })
  if (!result.ok) return error(edition ? 404 : 400, result.reason)
  return new Response(result.csv, {
    headers: {
      ...NO_STORE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="programme-${result.edition}.csv"`,
    },
  })
}

export const templateHandler: PayloadHandler = async (req) => {
  const user = staffOnly(req)
  if (user instanceof Response) return user
  const delimiter = delimiterOf(req)
  if (!delimiter) return error(400, 'delimiter must be comma or semicolon.')
  const name = delimiter === ';' ? 'programme-template-semicolon.csv' : 'programme-template.csv'
  return new Response(await importTemplate(req.payload, user, delimiter), {
    headers: {
      ...NO_STORE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  })
}

/** Added to the Screenings collection's `endpoints`. */
export const screeningEndpoints: Endpoint[] = [
  { path: '/import', method: 'post', handler: importHandler, custom: READS_ITS_OWN_BODY },
  { path: '/export', method: 'get', handler: exportHandler },
  { path: '/import-template', method: 'get', handler: templateHandler },
]
