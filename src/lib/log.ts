/**
 * The app's one logger: JSON lines (pino) at LOG_LEVEL, with credentials and
 * personal data redacted wherever they sit in a logged object (up to three
 * levels deep: pino's redaction has no recursive wildcard). Payload logs
 * through it too (payload.config.ts).
 */
import { pino, type DestinationStream, type Logger } from 'pino'

import { EnvError, envSchema } from '@/env'

import { describeError } from './errorLevel'

/** Keys whose values never reach a log, in any letter case a header or a field uses. */
const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'x-api-key',
  'password',
  'apiKey',
  'api_key',
  'apiKeyIndex',
  'token',
  'accessToken',
  'refreshToken',
  'resetPasswordToken',
  'secret',
  'salt',
  'hash',
  'email',
]

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `["${name}"]`)

export const REDACT_PATHS = SECRET_KEYS.flatMap((name) => [
  key(name).replace(/^\./, ''),
  `*${key(name)}`,
  `*.*${key(name)}`,
])

function level(): string {
  // Read alone, not through env(): scripts and the embedded-database runner log before DATABASE_URL exists.
  const result = envSchema.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL || undefined)
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => ({ ...issue, path: ['LOG_LEVEL'] })))
  return result.data
}

export function createLogger(destination?: DestinationStream, logLevel = level()): Logger {
  return pino(
    {
      level: logLevel,
      base: { service: 'filmweek' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        // Warnings and errors are logged at the level their status calls for (src/lib/errorLevel.ts), whoever logs them.
        logMethod(args, method, level) {
          const [first] = args as unknown[]
          const error = first instanceof Error ? first : (first as { err?: unknown } | null)?.err
          const described = level >= 40 ? describeError(error) : undefined
          if (!described) return method.apply(this, args)
          if (described.sql !== undefined) this.debug({ sql: described.sql }, 'The statement of the next line')
          this[described.level](described.entry)
        },
      },
    },
    destination,
  )
}

export const log = createLogger()
