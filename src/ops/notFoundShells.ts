import type http from 'node:http'

import { payloadClient, readOptions } from '@/data/client'
import { isLocale, type Locale } from '@/i18n/locales'
import { log } from '@/lib/log'
import { notFoundDocument } from '@/lib/notFoundPage'
import { interceptServerRequests } from '@/security/serverRequests'

/**
 * A page that calls notFound() gets status 404 from Next but, in a
 * production build, an empty document that only JavaScript fills in
 * (`<html id="__next_error__">`, vercel/next.js#62228): no language, no
 * title, no heading. Such a body is swapped for the locale's whole 404
 * document (src/lib/notFoundPage.ts). Only 404 answers to page requests are
 * touched: every other answer streams through as Next wrote it.
 */
const EMPTY_SHELL = /^<!DOCTYPE html><html id="__next_error__">/i

/** The locale of a page request (HTML, not an RSC payload), or null. */
function pageLocale(request: http.IncomingMessage): Locale | null {
  if (request.method !== 'GET' || request.headers.rsc) return null
  const segment = /^\/([a-z]{2})(?:[/?]|$)/.exec(request.url ?? '')?.[1]
  return segment && isLocale(segment) ? segment : null
}

async function siteName(locale: Locale): Promise<string> {
  const payload = await payloadClient()
  const site = await payload.findGlobal({ slug: 'site', ...readOptions({ locale }), depth: 0 })
  return site.siteName
}

type Chunk = string | Buffer | Uint8Array
const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk)

function fillEmptyShell(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const locale = pageLocale(request)
  if (!locale) return false
  let held: Buffer[] | undefined
  let status = response.statusCode
  // Next sets the status before it writes: from then on the body is held, and left uncompressed
  // (compression decides when the headers go out, after this).
  Object.defineProperty(response, 'statusCode', {
    configurable: true,
    enumerable: true,
    get: () => status,
    set: (value: number) => {
      status = value
      if (value === 404 && !held && !response.headersSent) {
        held = []
        delete request.headers['accept-encoding']
      }
    },
  })
  const write = response.write.bind(response) as (chunk: Chunk, encoding?: BufferEncoding) => boolean
  const end = response.end.bind(response) as (chunk?: Chunk) => http.ServerResponse
  const writeHead = response.writeHead.bind(response)
  // The headers of a held answer wait for its body too: their Content-Length is the empty document's.
  let headers: http.OutgoingHttpHeaders = {}
  response.writeHead = ((...args: Parameters<typeof writeHead>) => {
    if (!held) return writeHead(...args)
    const given = args.find(
      (arg): arg is http.OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg),
    )
    headers = { ...headers, ...given }
    return response
  }) as typeof response.writeHead
  response.write = ((chunk: Chunk, encoding?: BufferEncoding | (() => void), callback?: () => void) => {
    if (!held) return write(chunk, typeof encoding === 'string' ? encoding : undefined)
    held.push(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined))
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }) as http.ServerResponse['write']
  response.end = ((chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void)) => {
    if (!held)
      return Reflect.apply(
        end,
        response,
        [chunk, encoding].filter((part) => part !== undefined),
      )
    if (chunk !== undefined && typeof chunk !== 'function')
      held.push(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined))
    const body = Buffer.concat(held)
    const send = (out: Buffer) => {
      const kept = Object.fromEntries(
        Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'),
      )
      response.setHeader('content-length', out.length)
      writeHead(status, kept)
      return end(out)
    }
    if (!EMPTY_SHELL.test(body.subarray(0, 64).toString('latin1'))) return send(body)
    void siteName(locale)
      .then((name) => send(Buffer.from(notFoundDocument(locale, name))))
      .catch((error: unknown) => {
        log.warn({ err: error }, 'not-found page: the site name could not be read; the empty document goes out')
        send(body)
      })
    return response
  }) as http.ServerResponse['end']
  return false
}

export const serveWholeNotFoundPages = (): void => interceptServerRequests(fillEmptyShell)
