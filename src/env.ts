import { z } from 'zod'

import { passwordProblem } from '@/collections/Users/passwordPolicy'

export const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'])
      .default('development')
      .describe('Set by Next: `production` under `npm start`.'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .describe(
        'PostgreSQL connection string. When unset, the npm scripts start an embedded PostgreSQL and set it for you.',
      ),
    // Required everywhere, so no built-in default can ever sign a token; the
    // embedded-database runner generates one per checkout (.data/payload-secret).
    PAYLOAD_SECRET: z
      .string({ error: 'is required (at least 32 random characters, e.g. `openssl rand -hex 32`)' })
      .min(32, 'must be at least 32 characters')
      .describe(
        'Signs auth tokens. With the embedded database a random one is generated per checkout (`.data/payload-secret`).',
      ),
    SERVER_URL: z
      .url({ error: 'must be an absolute URL such as https://filmweek.example' })
      .default('http://localhost:3000')
      .describe('Public origin of the site, used for links, previews and CORS.'),
    MEDIA_DIR: z.string().default('.data/media').describe('Folder for uploaded media (git-ignored by default).'),
    API_RATE_LIMIT_ANONYMOUS: z.coerce
      .number()
      .int()
      .min(1)
      .default(120)
      .describe('Partner feed (/api/v1) requests per minute per IP address without a key.'),
    SEARCH_RATE_LIMIT: z.coerce
      .number()
      .int()
      .min(1)
      .default(30)
      .describe('Site searches (/{locale}/search) per minute per IP address, counted in each process.'),
    API_RATE_LIMIT_PARTNER: z.coerce
      .number()
      .int()
      .min(1)
      .default(1200)
      .describe('Partner feed requests per minute per API key; must be above API_RATE_LIMIT_ANONYMOUS.'),
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: 'must be a whole number of proxies, 0 or more' })
      .int('must be a whole number of proxies, 0 or more')
      .min(0, 'must be a whole number of proxies, 0 or more')
      .max(10, 'must be at most 10')
      .default(0)
      .describe(
        "Reverse proxies in front of the app that each append the address they were reached from to X-Forwarded-For (Caddy, nginx, a load balancer). The feed's per-address limit keys on the entry that many hops from the right, after the app appends the socket's address; entries further left are the client's to invent. 0: the socket address. `1` behind the compose profile's Caddy.",
      ),
    JOBS_RUNNER: z
      .stringbool({ error: 'must be true or false' })
      .default(true)
      .describe(
        'Whether this server process may run queued jobs (scheduled publishing). Of the instances where it is true, only the one holding a PostgreSQL advisory lock runs them; another takes over when it goes away.',
      ),
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .optional()
      .describe(
        'Shared Next cache (pages and data) for several instances; the database is the URL path (`redis://host:6379/2`, default 0). Needs `notify-keyspace-events Exe`, which the app sets itself when Redis allows CONFIG. Unset: each process keeps its own cache.',
      ),
    REDIS_KEY_PREFIX: z
      .string()
      .optional()
      .describe(
        'Prefix of the cache keys in Redis. Default `filmweek:<DEPLOYMENT_ID or build id>:`, so two deploys never share entries.',
      ),
    DEPLOYMENT_ID: z
      .string()
      .regex(/^[\w.-]+$/, 'must be letters, digits, `_`, `.` or `-`')
      .optional()
      .describe(
        "Same value on every instance of one deploy, new for each deploy, set at build and start: Next's skew protection (`deploymentId`); `NEXT_DEPLOYMENT_ID` wins when set.",
      ),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .base64({ error: 'must be base64 (`openssl rand -base64 32`)' })
      .refine((key) => [16, 24, 32].includes(Buffer.from(key, 'base64').length), 'must encode 16, 24 or 32 bytes')
      .optional()
      .describe(
        'Read by Next: encrypts Server Action arguments. With several instances the same on all, set at build and start (`openssl rand -base64 32`).',
      ),
    S3_BUCKET: z
      .string()
      .optional()
      .describe(
        'Media in S3-compatible storage when set (with S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY); local MEDIA_DIR otherwise.',
      ),
    S3_ENDPOINT: z
      .url({ error: 'must be an absolute URL' })
      .optional()
      .describe('S3-compatible endpoint (MinIO, R2, …); unset for AWS S3.'),
    S3_REGION: z.string().default('us-east-1').describe('Region of the S3 bucket.'),
    S3_ACCESS_KEY_ID: z.string().optional().describe('Access key for S3_BUCKET.'),
    S3_SECRET_ACCESS_KEY: z.string().optional().describe('Secret key for S3_BUCKET.'),
    S3_FORCE_PATH_STYLE: z
      .stringbool({ error: 'must be true or false' })
      .default(false)
      .describe('Path-style bucket URLs, as most self-hosted S3-compatible servers need.'),
    VARNISH_PURGE_URLS: z
      .string()
      .optional()
      .refine(
        (value) =>
          !value ||
          value.split(',').every((url) => URL.canParse(url.trim()) && /^https?:$/.test(new URL(url.trim()).protocol)),
        'must be http(s) URLs separated by commas',
      )
      .describe(
        'Varnish servers (deploy/varnish/default.vcl) a publish purges by surrogate key, comma-separated, e.g. `http://varnish:80`. Set by `npm run start:edge`.',
      ),
    CLOUDFLARE_ZONE_ID: z
      .string()
      .regex(/^\w+$/, "must be the zone's id (letters and digits)")
      .optional()
      .describe('Cloudflare zone a publish purges by Cache-Tag (with CLOUDFLARE_API_TOKEN).'),
    CLOUDFLARE_API_TOKEN: z
      .string()
      .optional()
      .describe('Cloudflare API token with the Cache Purge permission on CLOUDFLARE_ZONE_ID.'),
    CLOUDFLARE_API_URL: z
      .url({ error: 'must be an absolute URL' })
      .default('https://api.cloudflare.com/client/v4')
      .describe('Cloudflare API base URL (tests point it at a local server).'),
    FASTLY_SERVICE_ID: z
      .string()
      .regex(/^\w+$/, "must be the service's id (letters and digits)")
      .optional()
      .describe('Fastly service a publish purges by surrogate key (with FASTLY_API_TOKEN).'),
    FASTLY_API_TOKEN: z.string().optional().describe('Fastly API token allowed to purge FASTLY_SERVICE_ID.'),
    FASTLY_API_URL: z
      .url({ error: 'must be an absolute URL' })
      .default('https://api.fastly.com')
      .describe('Fastly API base URL (tests point it at a local server).'),
    EDGE_SOFT_PURGE: z
      .stringbool({ error: 'must be true or false' })
      .default(true)
      .describe(
        'Purges mark pages stale instead of deleting them (Varnish, Fastly): a cache keeps answering with them while it fetches the new ones, and while the app is down. Cloudflare has no soft purge.',
      ),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info')
      .describe('Level of the JSON logs (pino).'),
    SEED_ADMIN_EMAIL: z
      .email({ error: 'must be an email address' })
      .optional()
      .describe('With SEED_ADMIN_PASSWORD: the seed creates or updates this admin. There is no default account.'),
    // Checked against the users' password policy below: the seed must not fail on it after loading the content.
    SEED_ADMIN_PASSWORD: z
      .string()
      .optional()
      .describe(
        "Password for SEED_ADMIN_EMAIL; the users' password policy applies (12+ characters, not common, not the email).",
      ),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.SEED_ADMIN_EMAIL) !== Boolean(env.SEED_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.SEED_ADMIN_EMAIL ? 'SEED_ADMIN_PASSWORD' : 'SEED_ADMIN_EMAIL'],
        message: 'SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD must be set together',
      })
    }
    const problem =
      env.SEED_ADMIN_PASSWORD === undefined ? null : passwordProblem(env.SEED_ADMIN_PASSWORD, env.SEED_ADMIN_EMAIL)
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_ADMIN_PASSWORD'],
        message: `is refused by the password policy: ${problem}`,
      })
    if (env.API_RATE_LIMIT_PARTNER <= env.API_RATE_LIMIT_ANONYMOUS) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_RATE_LIMIT_PARTNER'],
        message: `API_RATE_LIMIT_PARTNER (${env.API_RATE_LIMIT_PARTNER}) must be above API_RATE_LIMIT_ANONYMOUS (${env.API_RATE_LIMIT_ANONYMOUS}): a key is what buys a partner a higher limit`,
      })
    }
    for (const [id, token] of [
      ['CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_API_TOKEN'],
      ['FASTLY_SERVICE_ID', 'FASTLY_API_TOKEN'],
    ] as const) {
      if (Boolean(env[id]) !== Boolean(env[token]))
        ctx.addIssue({
          code: 'custom',
          path: [env[id] ? token : id],
          message: `${id} and ${token} must be set together`,
        })
    }
    const s3 = [env.S3_BUCKET, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY]
    if (s3.some(Boolean) && !s3.every(Boolean)) {
      for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[name])
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
          })
      }
    }
  })

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`)
    super(`Invalid environment:\n${lines.join('\n')}`)
    this.name = 'EnvError'
  }
}

type Source = Record<string, string | undefined>

/** Parses variables with `schema`; throws an EnvError naming each bad one. */
export function parseVariables<S extends z.ZodType>(schema: S, source: Source): z.output<S> {
  // Empty strings (e.g. `FOO=` in .env) mean "unset", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) throw new EnvError(result.error.issues)
  return result.data
}

/** Parses an environment; throws an EnvError naming each bad variable. */
export const parseEnv = (source: Source): Env => parseVariables(envSchema, source)

let cached: Env | undefined

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/**
 * For a server start (src/instrumentation.ts): a bare `next start`, as the
 * Docker image runs, has no other check before it serves. On a bad
 * environment, prints which variables are wrong and exits 1.
 */
export function envOrExit(source: Source = process.env): Env {
  try {
    return parseEnv(source)
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(error.message)
    return process.exit(1)
  }
}

/** Settings of the embedded PostgreSQL that `npm run dev|build|start|seed|migrate` start when DATABASE_URL is unset. */
export const embeddedEnvSchema = z.object({
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(65535)
    .default(54329)
    .describe('Port of the embedded PostgreSQL (used when DATABASE_URL is unset).'),
  EMBEDDED_PG_DIR: z
    .string()
    .default('.data/postgres')
    .describe('Data folder of the embedded PostgreSQL (git-ignored).'),
})

/** Ports of `npm run start:edge`: the app's and Varnish's in front of it. */
export const edgeStartEnvSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(3000)
    .describe('Port of the production server (`npm start`, and the app behind `npm run start:edge`).'),
  EDGE_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(8080)
    .describe('Port of the Varnish in front of the app that `npm run start:edge` starts.'),
  EDGE_HOST: z.string().default('0.0.0.0').describe('Address that Varnish listens on under `npm run start:edge`.'),
})

/** Where `npm run db:backup|db:restore` find pg_dump and pg_restore. */
export const pgToolsEnvSchema = z.object({
  PG_BIN: z
    .string()
    .optional()
    .describe(
      "Folder holding pg_dump and pg_restore for `npm run db:backup|db:restore` (their major version at least the server's). Unset: found on PATH.",
    ),
})

/**
 * Read by `npm test` only, never by the app: documented with the others
 * (`npm run docs:env`). The test code reads them where it needs them.
 */
export const testEnvSchema = z.object({
  CI: z
    .string()
    .optional()
    .describe(
      'Any value: browser and two-instance tests run, and fail without Chromium or Redis, instead of being skipped with a warning.',
    ),
  E2E_CHROMIUM: z.string().default('/usr/bin/chromium').describe('Chromium or Chrome binary the browser tests drive.'),
  E2E_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .describe("Port of the browser tests' `next start`. Unset: a free port."),
  E2E_EMBEDDED_PG_PORT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(65535)
    .optional()
    .describe(
      "Port of the browser tests' throw-away embedded PostgreSQL (when DATABASE_URL is unset). Unset: a free port.",
    ),
  E2E_SKIP_BUILD: z
    .enum(['1'])
    .optional()
    .describe('`1`: the browser tests reuse the last `.next` build instead of running `next build`.'),
  E2E_REDIS_URL: z
    .url()
    .default('redis://127.0.0.1:6379')
    .describe('Redis of the two-instance test (`tests/e2e/instances.test.ts`).'),
  E2E_OUTAGE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe('How long `tests/e2e/outage.test.ts` keeps PostgreSQL stopped.'),
  E2E_SILENCE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(35_000)
    .describe(
      "Silence before the last first-request check after an unpublish in `tests/e2e/leaks.test.ts`; at least the feed's max-age (30 s), so a reused previous answer would show.",
    ),
  FUZZ_SEED: z.coerce
    .number()
    .int()
    .default(20251205)
    .describe('Seed of the malformed requests `tests/e2e/fuzz.test.ts` sends.'),
  FUZZ_COUNT: z.coerce
    .number()
    .int()
    .min(1)
    .default(3000)
    .describe('How many malformed requests `tests/e2e/fuzz.test.ts` sends.'),
})
