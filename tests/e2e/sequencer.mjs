/**
 * Jest's own order, except that the output snapshots (tests/e2e/output.test.ts)
 * run first among the browser tests: they compare what the seeded demo data
 * renders, before any other file has published, moved or added anything.
 */
import TestSequencer from '@jest/test-sequencer'

const FIRST = /[/\\]tests[/\\]e2e[/\\]output\.test\.ts$/

export default class OutputSnapshotsFirst extends TestSequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    return [...sorted.filter((test) => FIRST.test(test.path)), ...sorted.filter((test) => !FIRST.test(test.path))]
  }
}
