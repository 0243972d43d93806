/**
 * (f) What a visitor downloads per page type: the HTML, and the scripts and
 * stylesheets it references, each gzip-compressed here at zlib's default
 * level (what Next's compression sends). Inline scripts (the RSC payload
 * Next embeds) are part of the HTML and also shown on their own. Beside
 * them, the framework's floor: the scripts of a blank page of the same
 * build (bench/floor).
 */
import zlib from 'node:zlib'

import { PAGE_TYPES, pagePaths, type Bench, type PageType } from '../context'
import { FLOOR_PATH } from '../floor'
import { get } from '../http'

export type Weight = {
  htmlBytes: number
  htmlGzip: number
  inlineScriptBytes: number
  /** Scripts modern browsers load (`noModule` ones are left out: only old browsers fetch them). */
  scripts: string[]
  jsBytes: number
  jsGzip: number
  /** The `noModule` polyfills, for the record. */
  legacyJsGzip: number
  cssGzip: number
}

/** Script URLs of a page, split into what modern browsers load and the `noModule` fallbacks. */
function scriptsOf(html: string): { modern: string[]; legacy: string[] } {
  const modern = new Set<string>()
  const legacy = new Set<string>()
  for (const [tag] of html.matchAll(/<script[^>]*\ssrc="[^"]+"[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1].replaceAll('&amp;', '&')
    if (src) (/\snomodule/i.test(tag) ? legacy : modern).add(src)
  }
  return { modern: [...modern], legacy: [...legacy] }
}

const gzipSize = (text: string) => zlib.gzipSync(Buffer.from(text)).length

const attributes = (html: string, pattern: RegExp) => [
  ...new Set([...html.matchAll(pattern)].map((match) => match[1].replaceAll('&amp;', '&'))),
]

export type WeightResult = {
  pages: Record<PageType, Weight>
  /** Scripts every page type loads (framework and shared code) and their size. */
  shared: { scripts: number; jsGzip: number }
  /** The blank page's scripts; null when the build has no floor page (a reused build from before it). */
  floor: { path: string; scripts: number; jsGzip: number } | null
}

export async function pageWeight(bench: Bench): Promise<WeightResult> {
  const paths = pagePaths(bench.fixtures)
  const assets = new Map<string, { bytes: number; gzip: number }>()
  const asset = async (src: string) => {
    const known = assets.get(src)
    if (known) return known
    const response = await get(new URL(src, bench.base).toString())
    if (response.status !== 200) throw new Error(`${src}: ${response.status}`)
    const size = { bytes: Buffer.byteLength(response.body), gzip: gzipSize(response.body) }
    assets.set(src, size)
    return size
  }
  const weigh = async (html: string): Promise<Weight> => {
    const scripts = scriptsOf(html)
    const styles = attributes(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, match) => sum + Buffer.byteLength(match[1]),
      0,
    )
    const js = await Promise.all(scripts.modern.map(asset))
    const legacy = await Promise.all(scripts.legacy.map(asset))
    const css = await Promise.all(styles.map(asset))
    return {
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipSize(html),
      inlineScriptBytes: inline,
      scripts: scripts.modern,
      jsBytes: js.reduce((sum, size) => sum + size.bytes, 0),
      jsGzip: js.reduce((sum, size) => sum + size.gzip, 0),
      legacyJsGzip: legacy.reduce((sum, size) => sum + size.gzip, 0),
      cssGzip: css.reduce((sum, size) => sum + size.gzip, 0),
    }
  }
  const result = {} as Record<PageType, Weight>
  for (const page of PAGE_TYPES) result[page] = await weigh((await get(bench.base + paths[page])).body)
  const blank = await get(bench.base + FLOOR_PATH)
  const floor = blank.status === 200 ? await weigh(blank.body) : null
  const shared = Object.values(result)
    .map((weight) => weight.scripts)
    .reduce((common, scripts) => common.filter((src) => scripts.includes(src)))
  return {
    pages: result,
    shared: { scripts: shared.length, jsGzip: shared.reduce((sum, src) => sum + (assets.get(src)?.gzip ?? 0), 0) },
    floor: floor && { path: FLOOR_PATH, scripts: floor.scripts.length, jsGzip: floor.jsGzip },
  }
}
