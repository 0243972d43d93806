/** What db-backup.ts and db-restore.ts share: environment, command line and error output. */
import { PgToolError } from '@/db/pgTools'
import { EnvError, envSchema, parseVariables, pgToolsEnvSchema } from '@/env'

const schema = pgToolsEnvSchema.extend({ DATABASE_URL: envSchema.shape.DATABASE_URL })

/** DATABASE_URL (set by with-db.ts for the embedded database) and PG_BIN. */
export const toolsEnv = () => parseVariables(schema, process.env)

/** Parses the command line, or exits 2 printing what is wrong and how to call. */
export function parseCommandLine<T>(usage: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    process.exit(2)
  }
}

/** Runs a script body; an expected failure prints its message alone (no stack) and exits 1. */
export async function runScript(main: () => Promise<string>): Promise<never> {
  try {
    console.log(await main())
    process.exit(0)
  } catch (error) {
    console.error(error instanceof PgToolError || error instanceof EnvError ? error.message : error)
    process.exit(1)
  }
}
