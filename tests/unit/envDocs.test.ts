import fs from 'node:fs'
import path from 'node:path'

import { embeddedEnvSchema, envSchema, testEnvSchema } from '@/env'
import { envTable } from '@/lib/envDocs'

test('the README documents exactly the variables the schema parses', () => {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.split('<!-- env:start -->')[1]?.split('<!-- env:end -->')[0]?.trim()
  expect(section).toBe(envTable())
})

test('.env.example mentions every variable a user may set', () => {
  const example = fs.readFileSync('.env.example', 'utf8')
  const names = [...Object.keys(envSchema.shape), ...Object.keys(embeddedEnvSchema.shape)].filter(
    (name) => name !== 'NODE_ENV',
  )
  for (const name of names) expect(example).toContain(`${name}=`)
})

/** Every file under `dir`, recursively. */
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file))

test('every E2E_* or FUZZ_* variable a developer may set for the tests is in the test-only table', () => {
  const sources = [...filesUnder('tests'), 'jest.config.mjs']
    .filter((file) => /\.(ts|mjs)$/.test(file))
    .map((file) => fs.readFileSync(file, 'utf8'))
  const names = (pattern: RegExp) =>
    new Set(sources.flatMap((source) => [...source.matchAll(pattern)].map((match) => match[1])))
  // The browser tests' harness sets some for its workers: those are not settings.
  const setByHarness = names(/process\.env\.((?:E2E|FUZZ)_\w+) =(?!=)/g)
  const read = [...names(/process\.env\.((?:E2E|FUZZ)_\w+)/g)].filter((name) => !setByHarness.has(name))
  expect(read.length).toBeGreaterThan(0)
  expect(read.filter((name) => !(name in testEnvSchema.shape))).toEqual([])
})
