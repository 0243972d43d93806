import type { z } from 'zod'

import { edgeStartEnvSchema, embeddedEnvSchema, envSchema, pgToolsEnvSchema, testEnvSchema } from '@/env'

type Row = { name: string; required: boolean; fallback: string; description: string }

function rows(schema: z.ZodObject): Row[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    const description = field.description
    if (!description) return []
    const fallback = field.def.type === 'default' ? String((field.def as { defaultValue: unknown }).defaultValue) : ''
    return [{ name, required: !field.safeParse(undefined).success, fallback, description }]
  })
}

function table(schemas: z.ZodObject[]): string {
  const lines = schemas
    .flatMap(rows)
    .map(
      ({ name, required, fallback, description }) =>
        `| \`${name}\` | ${required ? 'yes' : 'no'} | ${fallback ? `\`${fallback}\`` : ''} | ${description} |`,
    )
  return ['| Variable | Required | Default | Meaning |', '| --- | --- | --- | --- |', ...lines].join('\n')
}

/** The README's tables of environment variables, generated from the zod schemas that parse them (`npm run docs:env`). */
export function envTable(): string {
  return [
    table([envSchema, embeddedEnvSchema, edgeStartEnvSchema, pgToolsEnvSchema]),
    'Test-only: read by `npm test` from its environment, never by the app.',
    table([testEnvSchema]),
  ].join('\n\n')
}
