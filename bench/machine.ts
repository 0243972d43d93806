/** The machine a run measured on, and how busy other work kept it. */
import fs from 'node:fs'
import os from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Machine } from './results'

const TICKS_PER_SECOND = 100

type Sample = Map<number, { ticks: number; parent: number; command: string }>

function cpuTicks(): Sample {
  const result: Sample = new Map()
  let entries: string[] = []
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  } catch {
    return result
  }
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // After the command name: state, ppid, …; utime and stime are fields 14 and 15 of stat, 11 and 12 here.
      const ticks = Number(fields[11]) + Number(fields[12])
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().slice(0, 90)
      result.set(Number(entry), { ticks, parent: Number(fields[1]), command })
    } catch {
      // Gone meanwhile.
    }
  }
  return result
}

/** The bench and everything it started (server, database, helpers) are not "other" load. */
function ours(pid: number, sample: Sample): boolean {
  for (let current = pid, hops = 0; current > 1 && hops < 50; hops++) {
    if (current === process.pid) return true
    current = sample.get(current)?.parent ?? 0
  }
  return false
}

/** Processes not ours that used at least half a core between two samples `seconds` apart. */
function busyBetween(before: Sample, after: Sample, seconds: number): Map<string, number> {
  const busy = new Map<string, number>()
  for (const [pid, { ticks, command }] of after) {
    const share = (ticks - (before.get(pid)?.ticks ?? ticks)) / TICKS_PER_SECOND / seconds
    const key = command || `pid ${pid}`
    if (share >= 0.5 && !ours(pid, after)) busy.set(key, Math.max(busy.get(key) ?? 0, share))
  }
  return busy
}

const describe = (busy: Map<string, number>) =>
  [...busy].map(([command, share]) => `${command} (${Math.round(share * 100)} % of a core)`)

/** The machine, and a watch on how busy others keep it: the figures mean little without it. */
export async function describeMachine(): Promise<{ machine: Machine; finish: () => void }> {
  const loadNow = () => Math.round(os.loadavg()[0] * 100) / 100
  const first = cpuTicks()
  await sleep(1000)
  let last = cpuTicks()
  let lastAt = performance.now()
  const during = new Map<string, number>()
  const machine: Machine = {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: { start: loadNow(), end: 0, max: loadNow() },
    busyAtStart: describe(busyBetween(first, last, 1)),
    busyDuring: [],
  }
  const timer = setInterval(() => {
    machine.load.max = Math.max(machine.load.max, loadNow())
    const now = cpuTicks()
    const nowAt = performance.now()
    for (const [command, share] of busyBetween(last, now, (nowAt - lastAt) / 1000))
      during.set(command, Math.max(during.get(command) ?? 0, share))
    ;[last, lastAt] = [now, nowAt]
  }, 15_000)
  timer.unref()
  return {
    machine,
    finish: () => {
      clearInterval(timer)
      machine.load.end = loadNow()
      machine.busyDuring = describe(during)
    },
  }
}
