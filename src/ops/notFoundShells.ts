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

/** The site's name in `locale`, as readers get it (this runs outside Next's request scope: no data-layer cache). */
async function publishedSiteName(locale: Locale): Promise<string> {
  const payload = await payloadClient()
  const site = await payload.findGlobal({ slug: 'site', ...readOptions({ locale }), depth: 0 })
  return site.siteName
}

type Chunk = string | Buffer | Uint8Array
const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk)

type Callback = (error?: Error | null) => void
const isCallback = (arg: unknown): arg is Callback => typeof arg === 'function'
const encodingOf = (args: unknown[]) => args.find((arg): arg is BufferEncoding => typeof arg === 'string')

/** The interceptor; `siteName` gives the 404 document's heading link (the published Site settings in production). */
export const fillEmptyShells =
  (siteName: (locale: Locale) => Promise<string>) =>
  (request: http.IncomingMessage, response: http.ServerResponse): boolean => {
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
    const { write, end, writeHead } = response
    // The headers of a held answer wait for its body too: their Content-Length is the empty document's.
    let headers: http.OutgoingHttpHeaders = {}
    response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
      if (!held) return Reflect.apply(writeHead, this, args) as http.ServerResponse
      const given = args.find(
        (arg): arg is http.OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg),
      )
      headers = { ...headers, ...given }
      return this
    } as typeof response.writeHead
    // Everything but a held answer goes through as it came, callbacks included.
    response.write = function (this: http.ServerResponse, ...args: unknown[]) {
      if (!held) return Reflect.apply(write, this, args) as boolean
      held.push(toBuffer(args[0] as Chunk, encodingOf(args.slice(1))))
      args.find(isCallback)?.()
      return true
    } as typeof response.write
    response.end = function (this: http.ServerResponse, ...args: unknown[]) {
      if (!held) return Reflect.apply(end, this, args) as http.ServerResponse
      if (args[0] !== undefined && !isCallback(args[0]))
        held.push(toBuffer(args[0] as Chunk, encodingOf(args.slice(1))))
      const done = args.find(isCallback)
      const body = Buffer.concat(held)
      const send = (out: Buffer) => {
        const kept = Object.fromEntries(
          Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'),
        )
        response.setHeader('content-length', out.length)
        Reflect.apply(writeHead, response, [status, kept])
        Reflect.apply(end, response, done ? [out, done] : [out])
      }
      if (!EMPTY_SHELL.test(body.subarray(0, 64).toString('latin1'))) {
        send(body)
        return this
      }
      void siteName(locale)
        .then((name) => send(Buffer.from(notFoundDocument(locale, name))))
        .catch((error: unknown) => {
          log.warn({ err: error }, 'not-found page: the site name could not be read; the empty document goes out')
          send(body)
        })
      return this
    } as typeof response.end
    return false
  }

export const serveWholeNotFoundPages = (): void => interceptServerRequests(fillEmptyShells(publishedSiteName))
