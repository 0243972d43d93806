/**
 * (g) Lighthouse 12, mobile, its default config (simulated throttling: a slow
 * 4G network and a CPU four times slower than this one), in Debian's
 * Chromium, on the home, programme and film pages. Simulated throttling
 * scales from this machine's CPU, so each score goes with Lighthouse's
 * benchmark index of the machine at the time of the run.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { LIGHTHOUSE_PAGES, pageUrls, type Bench, type LighthousePage } from '../context'

export type LighthouseRun = {
  /** 0–100. */
  score: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  speedIndexMs: number
  /** Lighthouse's CPU benchmark of the machine, measured during this run. */
  benchmarkIndex: number
}

export type LighthouseResult =
  | { skipped: string }
  | {
      lighthouse: string
      chromium: string
      /** Per page: every run, and the one with the median score. */
      pages: Record<LighthousePage, { url: string; runs: LighthouseRun[]; median: LighthouseRun }>
    }

const CHROMIUM = process.env.LIGHTHOUSE_CHROMIUM ?? '/usr/bin/chromium'

/** The run with the median score (the lower middle one for an even count). */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  if (!runs.length) throw new Error('no Lighthouse run')
  const sorted = [...runs].sort((a, b) => a.score - b.score)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

const audit = (audits: Record<string, { numericValue?: number }>, id: string) => {
  const value = audits[id]?.numericValue
  if (value === undefined) throw new Error(`Lighthouse gave no ${id}`)
  return value
}

export async function lighthouseScores(
  urls: Record<LighthousePage, string>,
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (set LIGHTHOUSE_CHROMIUM)` }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox'],
  })
  try {
    let version = ''
    // The user agent carries a reduced version (major only); the binary says which build it is.
    const chromium =
      /[\d.]+/.exec(
        execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
      )?.[0] ?? 'unknown'
    const pages = {} as Extract<LighthouseResult, { pages: unknown }>['pages']
    for (const page of LIGHTHOUSE_PAGES) {
      const done: LighthouseRun[] = []
      for (let attempt = 0; attempt < runs; attempt++) {
        const result = await lighthouse(urls[page], {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        })
        const lhr = result?.lhr
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${urls[page]}`)
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${urls[page]}: ${lhr.runtimeError.message}`)
        version = lhr.lighthouseVersion
        const run: LighthouseRun = {
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcpMs: Math.round(audit(lhr.audits, 'first-contentful-paint')),
          lcpMs: Math.round(audit(lhr.audits, 'largest-contentful-paint')),
          tbtMs: Math.round(audit(lhr.audits, 'total-blocking-time')),
          cls: Math.round(audit(lhr.audits, 'cumulative-layout-shift') * 1000) / 1000,
          speedIndexMs: Math.round(audit(lhr.audits, 'speed-index')),
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        }
        log(
          `lighthouse ${page}: ${run.score} (FCP ${run.fcpMs} ms, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}; benchmark index ${run.benchmarkIndex})`,
        )
        done.push(run)
      }
      pages[page] = { url: urls[page], runs: done, median: medianRun(done) }
    }
    return { lighthouse: version, chromium, pages }
  } finally {
    chrome.kill()
  }
}

/** A Lighthouse failure (Chromium crashing on a starved machine) is reported, not fatal to the rest of the run. */
export async function lighthousePhase(bench: Bench): Promise<LighthouseResult> {
  const urls = pageUrls(bench.base, bench.fixtures)
  try {
    return await lighthouseScores(
      { home: urls.home, programme: urls.programme, film: urls.film },
      bench.settings.lighthouseRuns,
      bench.log,
    )
  } catch (error) {
    return { skipped: `Lighthouse failed: ${error instanceof Error ? error.message : String(error)}` }
  }
}
