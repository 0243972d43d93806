/**
 * The e2e project's Jest runner: the default one, but serial (its files run
 * one after another, in band) and last. Jest runs each distinct runner's tests
 * to completion before starting the next, in the order the runners were
 * loaded, so the browser tests never share the machine with the unit and
 * integration workers. Loading waits until the default runner has been
 * required by the scheduler (when other projects have tests in this run).
 */
import { createRequire } from 'node:module'
import { setTimeout as sleep } from 'node:timers/promises'

const require = createRequire(import.meta.url)
const defaultRunner = require.resolve('jest-runner')

// The scheduler loads every runner concurrently; others' loads finish within a
// few ms of ours. Without other projects in the run, give up waiting quickly.
const deadline = Date.now() + 1_500
while (!require.cache[defaultRunner] && Date.now() < deadline) await sleep(10)
// Its registration follows the require in the same tick's microtasks.
await sleep(10)

const { default: TestRunner } = await import('jest-runner')

export default class SerialLastRunner extends TestRunner {
  isSerial = true
}
