import type { z } from 'zod'

import { embeddedEnvSchema, envSchema, pgToolsEnvSchema } from '@/env'

type Row = { name: string; required: boolean; fallback: string; description: string }

function rows(schema: z.ZodObject): Row[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    const description = field.description
    if (!description) return []
    const fallback = field.def.type === 'default' ? String((field.def as { defaultValue: unknown }).defaultValue) : ''
    return [{ name, required: !field.safeParse(undefined).success, fallback, description }]
  })
}

/** The README's table of environment variables, generated from the zod schemas that parse them (`npm run docs:env`). */
export function envTable(): string {
  const lines = [...rows(envSchema), ...rows(embeddedEnvSchema), ...rows(pgToolsEnvSchema)].map(
    ({ name, required, fallback, description }) =>
      `| \`${name}\` | ${required ? 'yes' : 'no'} | ${fallback ? `\`${fallback}\`` : ''} | ${description} |`,
  )
  return ['| Variable | Required | Default | Meaning |', '| --- | --- | --- | --- |', ...lines].join('\n')
}
