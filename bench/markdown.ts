/** results.json as tables a person reads (bench/results.md, and the console). */
import { LIGHTHOUSE_PAGES, PAGE_TYPES } from './context'
import type { LoadResult } from './phases/load'
import type { PublishResult } from './phases/publish'
import type { Results } from './results'

type Cell = string | number | null | undefined

const text = (value: Cell) => (value === null || value === undefined ? '–' : String(value))
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const pct = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '–' : `${Math.round(ratio * 100)} %`

function table(head: string[], rows: Cell[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
  for (const row of rows) lines.push(`| ${row.map(text).join(' | ')} |`)
  return lines.join('\n')
}

/** Publish-to-fresh per kind of change, and the changes that never showed everywhere. */
function publishTable(p: PublishResult): string[] {
  return [
    table(
      ['Change', 'n', 'p50 ms', 'max ms'],
      [
        ...Object.entries(p.byKind).map(([kind, s]) => [kind, s.n, s.p50, s.max]),
        ['all', p.all.n, p.all.p50, p.all.max],
      ],
    ),
    p.stale
      ? `\n${p.stale} change(s) never showed everywhere:\n\n${p.staleExamples.map((example) => `- ${example}`).join('\n')}`
      : '',
  ]
}

/** The operations load: its mix, its answers and errors, and when each page showed the last title. */
function loadTables(l: LoadResult, publishEverySeconds: number): string[] {
  return [
    `${l.connections} connections for ${l.seconds} s on a mix (each connection in turn: ${l.paths.map((path) => `\`${path}\``).join(', ')}) while an editor publishes the first film’s title every ${publishEverySeconds} s. Errors: answers other than 2xx/3xx, connection errors (timeouts included), refused PATCHes.`,
    '',
    table(
      [
        'req/s',
        'p50 ms',
        'p99 ms',
        'requests',
        '2xx',
        '3xx',
        '4xx',
        '5xx',
        'connection errors',
        'of which timeouts',
        'publishes (refused)',
        'errors',
      ],
      [
        [
          Math.round(l.load.rps),
          l.load.p50,
          l.load.p99,
          l.load.requests,
          l.load.statuses['2xx'],
          l.load.statuses['3xx'],
          l.load.statuses['4xx'],
          l.load.statuses['5xx'],
          l.load.errors,
          l.load.timeouts,
          `${l.publishes.sent} (${l.publishes.failed})`,
          l.errors,
        ],
      ],
    ),
    '',
    table(
      ['Page', 'last title shown, ms after the load'],
      Object.entries(l.lastTitleSeen).map(([page, ms]) => [page, ms ?? 'never']),
    ),
    '',
    ...l.publishes.failures.slice(0, 5).map((failure) => `- refused publish: ${failure}`),
    ...(l.publishes.failures.length ? [''] : []),
  ]
}

function edgeSection(r: Results): string[] {
  const e = r.edge
  const head = ['## Edge (Varnish in front)', '']
  if ('skipped' in e) return [...head, `Skipped: ${e.skipped}`]
  const ms = (value: number | null) => (value === null ? 'never (within the wait)' : `${value} ms`)
  return [
    ...head,
    `${e.varnish} with deploy/varnish/default.vcl in front of \`next start\` (restarted to purge it on publish). Each page against the same bytes from a bare node:http server, in the same round; ratios per round, then the median. X-Cache is the VCL’s.`,
    '',
    table(
      ['Target', 'kB / response', 'req/s', 'p50 ms', 'p99 ms', 'vs node:http', 'X-Cache'],
      Object.entries(e.targets).map(([name, target]) => {
        const page = PAGE_TYPES.find((type) => name === `edge (${type})`)
        const bytes = target.rounds[0]?.bytesPerResponse
        return [
          name,
          bytes ? kb(bytes) : null,
          target.rps,
          target.p50,
          target.p99,
          page ? pct(e.ratios[page]) : '',
          page ? `${e.cache[page].before} → ${e.cache[page].after}` : '',
        ]
      }),
    ),
    '',
    'Publish-to-fresh read through the edge (the PATCH goes to the app):',
    '',
    ...publishTable(e.publish),
    '',
    `Unpublished film (\`${e.notFound.page}\`): 404 through the edge ${ms(e.notFound.ms)} after sending the PATCH; 200 again ${ms(e.notFound.backMs)} after publishing it again.`,
    '',
    `Purge scoping: \`${e.scoping.page}\` was ${e.scoping.before} before a film title’s publish and ${e.scoping.after} after it${e.scoping.sameBody ? ', same bytes' : ', with other bytes'}.`,
    '',
    'Under load while publishing, every visitor’s request through the edge:',
    '',
    ...loadTables(e.load, r.settings.load.publishEverySeconds),
  ]
}

function lighthouseSection(r: Results): string[] {
  const l = r.lighthouse
  const head = ['## Lighthouse (mobile)', '']
  if ('skipped' in l) return [...head, `Skipped: ${l.skipped}`]
  return [
    ...head,
    `Lighthouse ${l.lighthouse}, mobile, default config (simulated slow 4G and a CPU four times slower than this one), headless Chromium ${l.chromium}, on the running bench server. ` +
      'Simulated throttling scales from the machine, so each figure goes with the CPU benchmark index Lighthouse measured in that run (higher is faster). Median run by score.',
    '',
    table(
      ['Page', 'performance', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Speed Index ms', 'benchmark index', 'every run'],
      LIGHTHOUSE_PAGES.map((page) => {
        const { median: m, runs } = l.pages[page]
        return [
          page,
          m.score,
          m.fcpMs,
          m.lcpMs,
          m.tbtMs,
          m.cls,
          m.speedIndexMs,
          m.benchmarkIndex,
          runs.map((run) => `${run.score} (${run.benchmarkIndex})`).join(', '),
        ]
      }),
    ),
  ]
}

export function toMarkdown(r: Results): string {
  const m = r.machine
  const out: string[] = []
  out.push(`# Bench results (${r.mode})`, '')
  out.push(
    `${r.createdAt}, ${r.durationS} s. Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, ${m.os}. ` +
      `Load average ${m.load.start} at start, ${m.load.max} at most, ${m.load.end} at the end.` +
      (m.busyAtStart.length
        ? ` Busy at start besides the bench: ${m.busyAtStart.join('; ')}.`
        : ' Nothing else busy at start.') +
      (m.busyDuring.length ? ` Busy during the run besides the bench: ${m.busyDuring.join('; ')}.` : ''),
    '',
    `Database: ${r.database}. Load: ${r.settings.connections} connections, ${r.settings.seconds} s per run, ${r.settings.rounds} round(s); loopback only.`,
    '',
  )

  out.push('## Data and build', '')
  const t = r.data.timings
  out.push(
    table(
      ['What', 'Figure'],
      [
        [
          'Synthetic data',
          Object.entries(r.data.counts)
            .map(([name, count]) => `${count} ${name}`)
            .join(', '),
        ],
        [
          'Migrate / load (Local API)',
          `${t.migrate} ms / ${t.total} ms (people ${t.people}, films ${t.films}, screenings ${t.screenings}, quotes ${t.quotes})`,
        ],
        [
          'next build',
          r.build.reused
            ? `reused (${r.build.from})`
            : `${((r.build.ms ?? 0) / 1000).toFixed(1)} s, peak RSS of the process tree ${r.build.peakRssMb} MB`,
        ],
        ['next start → first 200', `${r.server.startMs} ms; server peak RSS ${r.server.peakRssMb} MB`],
      ],
    ),
    '',
  )

  out.push(
    '## Cached pages (visitors)',
    '',
    'Each page against its own bytes served, in the same round, as a static file by the same Next server and by a bare node:http server; ratios per round, then the median (kB / response includes headers; no compression unless marked gzip).',
    '',
  )
  const c = r.cached
  out.push(
    table(
      ['Target', 'kB / response', 'req/s', 'p50 ms', 'p99 ms', 'vs static file', 'vs node:http', 'x-nextjs-cache'],
      Object.entries(c.targets).map(([name, target]) => {
        const ratio = c.ratios[name]
        const cache = name in c.cache ? c.cache[name as keyof typeof c.cache] : null
        const bytes = target.rounds[0]?.bytesPerResponse
        return [
          name,
          bytes ? kb(bytes) : null,
          target.rps,
          target.p50,
          target.p99,
          pct(ratio?.vsStatic),
          pct(ratio?.vsNode),
          cache ? `${cache.before} → ${cache.after}` : '',
        ]
      }),
    ),
    '',
  )

  out.push(
    '## Cold renders and SQL per request',
    '',
    'Cache MISS: film and person pages never visited since start; home and programme after expiring every tag. One request at a time; statements counted by a proxy in front of PostgreSQL.',
    '',
  )
  out.push(
    table(
      ['Page', 'n', 'p50 ms', 'p99 ms', 'max ms', 'statements min / median / max', 'x-nextjs-cache'],
      Object.entries(r.cold.pages).map(([page, cold]) => [
        page,
        cold.render.n,
        cold.render.p50,
        cold.render.p99,
        cold.render.max,
        `${cold.statements.min} / ${cold.statements.median} / ${cold.statements.max}`,
        Object.entries(cold.cache)
          .map(([header, count]) => `${header} ×${count}`)
          .join(', '),
      ]),
    ),
    '',
  )
  out.push(
    table(
      ['Does the count grow with the results?', 'Large', 'Small', 'Verdict'],
      [
        ...r.cold.growth.map((g) => [
          `${g.page} page`,
          `${g.large} (${g.largeScreenings} screenings)`,
          `${g.small} (${g.smallScreenings} screenings)`,
          g.large === g.small ? 'fixed' : g.large > g.small ? 'grows' : 'fewer when large',
        ]),
        [
          '/api/v1/programme',
          `${r.feed.growth.large} (${r.feed.growth.largeItems} items)`,
          `${r.feed.growth.small} (${r.feed.growth.smallItems} items)`,
          r.feed.growth.large === r.feed.growth.small
            ? 'fixed'
            : r.feed.growth.large > r.feed.growth.small
              ? 'grows'
              : 'fewer when large',
        ],
      ],
    ),
    '',
  )

  out.push(
    '## Publish-to-fresh (editors)',
    '',
    'From sending the PATCH until every page showing the value (film, programme, person, home) has it.',
    '',
  )
  out.push(...publishTable(r.publish), '')

  const w = r.webhooks
  out.push(
    '## Webhook delivery (partners)',
    '',
    `A receiver on loopback, registered over REST, verifies each delivery with \`standardwebhooks\`. ${w.changes.length} film title publishes, one at a time; beside the delivery, its floor: the PATCH’s own round trip.`,
    '',
    table(
      ['From sending the PATCH until', 'n', 'p50 ms', 'p99 ms', 'max ms'],
      [
        ['the receiver holds the verified delivery', w.delivery.n, w.delivery.p50, w.delivery.p99, w.delivery.max],
        ['the PATCH’s answer (floor)', w.patch.n, w.patch.p50, w.patch.p99, w.patch.max],
      ],
    ),
    w.undelivered || w.rejected
      ? `\n${w.undelivered} change(s) never delivered within the wait; ${w.rejected} delivery(ies) failed verification.`
      : '',
    '',
  )

  out.push(
    '## Partner feed and REST (partners)',
    '',
    `${r.settings.feedConnections} connections. Uncached: every tag expired before each request, a query never asked before (the feed answers a repeated query with its previous answer while rebuilding it). “–” under load: no response completed within the run.`,
    '',
  )
  const rate = (load: { rps: number; errors: number; timeouts: number } | null) =>
    load
      ? `${load.rps < 10 ? load.rps.toFixed(1) : Math.round(load.rps)}${load.errors || load.timeouts ? ` (${load.errors} errors, ${load.timeouts} timeouts)` : ''}`
      : 'no ETag'
  out.push(
    table(
      [
        'Endpoint',
        'items',
        'kB',
        'req/s',
        'p50 ms',
        'p99 ms',
        'If-None-Match req/s',
        'INM p99 ms',
        'uncached p50 / p99 ms',
        'statements uncached / cached',
      ],
      Object.entries(r.feed.endpoints).map(([name, e]) => [
        `${name} \`${e.path}\``,
        e.items,
        kb(e.bytes),
        rate(e.load),
        e.load.p50,
        e.load.p99,
        e.loadIfNoneMatch ? `${rate(e.loadIfNoneMatch)}, ${e.loadIfNoneMatch.statuses['3xx']} × 304` : 'no ETag',
        e.loadIfNoneMatch?.p99,
        `${e.uncached.p50} / ${e.uncached.p99}`,
        `${[...new Set(e.statements.uncached)].join(', ')} / ${e.statements.cached}`,
      ]),
    ),
    '',
  )

  out.push(
    '## Under load while publishing (operations)',
    '',
    ...loadTables(r.load, r.settings.load.publishEverySeconds),
  )

  out.push(...edgeSection(r), '')

  const floor = r.weight.floor
  out.push(
    '## Weight per page type',
    '',
    `gzip at zlib’s default level. Inline scripts (the RSC payload) are part of the HTML. JS is what modern browsers load; ` +
      `${r.weight.shared.scripts} scripts (${kb(r.weight.shared.jsGzip)} kB gzip) are common to every page type (framework and shared code). ` +
      (floor
        ? `The framework’s floor, a blank page of the same build (\`${floor.path}\`, bench/floor): ${floor.scripts} scripts, ${kb(floor.jsGzip)} kB gzip.`
        : 'The framework’s floor was not measured: the build predates its page (bench/floor).'),
    '',
  )
  out.push(
    table(
      [
        'Page',
        'HTML kB',
        'HTML gzip kB',
        'inline scripts kB',
        'scripts',
        'JS kB',
        'JS gzip kB',
        'over the floor kB',
        'noModule JS gzip kB',
        'CSS gzip kB',
      ],
      Object.entries(r.weight.pages).map(([page, w]) => [
        page,
        kb(w.htmlBytes),
        kb(w.htmlGzip),
        kb(w.inlineScriptBytes),
        w.scripts.length,
        kb(w.jsBytes),
        kb(w.jsGzip),
        floor ? kb(w.jsGzip - floor.jsGzip) : null,
        kb(w.legacyJsGzip),
        kb(w.cssGzip),
      ]),
    ),
    '',
  )

  out.push(...lighthouseSection(r), '')

  out.push('## Budgets (bench/budgets.json)', '')
  out.push(
    table(
      ['', 'Budget', 'Measured'],
      r.budgets.map((check) => [check.met ? '✅ met' : '❌ missed', check.budget, check.value]),
    ),
    '',
  )
  if (r.profile) {
    out.push(
      '## Where the server’s CPU time went (--cpu-prof, self time)',
      '',
      `${r.profile.file}, ${r.profile.seconds} s.`,
      '',
    )
    out.push(
      table(
        ['Package', '%'],
        r.profile.packages.map((entry) => [entry.name, entry.share]),
      ),
      '',
    )
    out.push(
      table(
        ['Function', '%'],
        r.profile.functions.map((entry) => [`\`${entry.name}\``, entry.share]),
      ),
      '',
    )
  }
  if (r.notes.length) out.push('## Notes', '', ...r.notes.map((note) => `- ${note}`), '')
  return out.join('\n')
}
