import fs from 'node:fs'

import { embeddedEnvSchema, envSchema } from '@/env'
import { envTable } from '@/lib/envDocs'

test('the README documents exactly the variables the schema parses', () => {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.split('<!-- env:start -->')[1]?.split('<!-- env:end -->')[0]?.trim()
  expect(section).toBe(envTable())
})

test('.env.example mentions every variable a user may set', () => {
  const example = fs.readFileSync('.env.example', 'utf8')
  const names = [...Object.keys(envSchema.shape), ...Object.keys(embeddedEnvSchema.shape)].filter((name) => name !== 'NODE_ENV')
  for (const name of names) expect(example).toContain(`${name}=`)
})
