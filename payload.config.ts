import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { internalCollectionsForStaffOnly } from '@/access/internalCollections'
import { jobsAccess } from '@/access/jobs'
import { variablesFitTheirTypes } from '@/api/graphql/variablesRule'
import { bulkWritesAllOrNothing } from '@/api/rest/bulkWrites'
import { answer400ForInvalidValues } from '@/api/rest/invalidValues'
import { payloadEndpointsAnswer4xx } from '@/api/rest/payloadEndpoints'
import { collections } from '@/collections'
import { mediaFollowsUse } from '@/collections/Media/use'
import { indexLocaleParents } from '@/db/localeIndexes'
import { keepRunningWhenTheDatabaseDrops } from '@/db/poolErrors'
import { env } from '@/env'
import { Site } from '@/globals/Site'
import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { log } from '@/lib/log'
import { jobRunnerLock } from '@/ops/jobRunnerLock'
import { runWorkAfterCommits } from '@/publication/afterCommit'
import { seoDescription, seoTitle } from '@/seo/generate'
import { mediaStorage } from '@/storage/s3'
import { deliverWebhookTask } from '@/webhooks/task'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = env()
// The admin's own origin: the only one whose cross-origin requests may carry the auth cookie (csrf) or read Payload's REST answers (cors).
const adminOrigin = new URL(config.SERVER_URL).origin
const runnerLock = jobRunnerLock(config.DATABASE_URL)

const sanitized = buildConfig({
  secret: config.PAYLOAD_SECRET,
  serverURL: config.SERVER_URL,
  csrf: [adminOrigin],
  cors: [adminOrigin],
  admin: {
    user: 'users',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Film Week' },
    // Payload's default is Gravatar: a third-party request carrying a hash of each editor's email, and blocked by our CSP.
    avatar: 'default',
    components: {
      beforeDashboard: ['@/admin/Dashboard#Dashboard'],
      afterNavLinks: ['@/admin/planner/PlannerNavLink#PlannerNavLink'],
      // Staff only: the view checks the role itself (src/admin/planner/PlannerView.tsx).
      views: {
        planner: {
          Component: '@/admin/planner/PlannerView#PlannerView',
          path: '/planner',
          meta: { title: 'Programme planner' },
        },
      },
    },
    timezones: {
      supportedTimezones: [{ label: 'Paris (festival time)', value: FESTIVAL_TIME_ZONE }],
      defaultTimezone: FESTIVAL_TIME_ZONE,
    },
  },
  // The admin in the festival team's languages (each editor picks one in their account; the browser's by default).
  i18n: { supportedLanguages: { en, fr, vi }, fallbackLanguage: 'en' },
  collections,
  globals: [Site],
  editor: lexicalEditor(),
  localization: {
    locales: LOCALES.map(({ code, label }) => ({ code, label })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  db: postgresAdapter({
    // Fail fast rather than queue forever when the database is away (src/db/outage.ts answers 503).
    pool: { connectionString: config.DATABASE_URL, connectionTimeoutMillis: 5_000 },
    // Committed migrations are the only way the schema changes.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    beforeSchemaInit: [indexLocaleParents],
  }),
  sharp,
  // S3-compatible storage for uploads when S3_* are set; MEDIA_DIR on local disk otherwise.
  plugins: [
    ...mediaStorage(config),
    // Meta title, description and image per page, post, film, person and
    // edition (a `meta` group, localized); empty, the page's own title and text apply.
    seoPlugin({
      collections: ['pages', 'posts', 'films', 'people', 'editions'],
      uploadsCollection: 'media',
      generateTitle: seoTitle,
      generateDescription: seoDescription,
    }),
  ],
  jobs: {
    access: jobsAccess,
    // Scheduled publishing: one runner checks the queue every minute. Only a
    // running Next server (not a build, a script or a test), only where
    // JOBS_RUNNER is true, and only the one holding the runner's advisory
    // lock (src/ops/jobRunnerLock.ts), so several instances never run the same job.
    // Webhook deliveries (src/webhooks) run at once when queued; this runner retries the failed ones.
    tasks: [deliverWebhookTask],
    autoRun: [{ cron: '* * * * *', allQueues: true, limit: 20 }],
    shouldAutoRun: async () =>
      Boolean(process.env.NEXT_RUNTIME) &&
      process.env.NEXT_PHASE !== 'phase-production-build' &&
      config.JOBS_RUNNER &&
      (await runnerLock.held()),
  },
  defaultDepth: 1,
  maxDepth: 4,
  // Kept on (it shares REST's access control, tested for drafts) but bounded:
  // nested queries multiply database work. Partners get the /api/v1 feed.
  // (Body, syntax and depth are checked before Payload's handler: src/api/graphql/requestGuard.ts.)
  graphQL: {
    maxComplexity: 400,
    disablePlaygroundInProduction: true,
    validationRules: (args) => [variablesFitTheirTypes(args)],
  },
  telemetry: false,
  hooks: { afterError: [answer400ForInvalidValues] },
  onInit: (payload) => {
    keepRunningWhenTheDatabaseDrops(payload)
    // Publication events leave only with a committed transaction (src/publication/afterCommit.ts).
    runWorkAfterCommits(payload)
  },
  // The app's JSON logger, so Payload's lines are redacted and shaped like ours.
  logger: log,
  // A client's mistake is not the server's error: Payload logs these at error
  // level with a stack by default (it already lowers Forbidden, NotFound and
  // ValidationError). A lockout is worth a warning. By class name, so only
  // where names survive: the logger itself also levels errors by status
  // (src/lib/errorLevel.ts).
  loggingLevels: { AuthenticationError: 'info', QueryError: 'info', UnverifiedEmail: 'info', LockedAuth: 'warn' },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Types are generated on purpose (`npm run generate`), never as a side effect of a test or a request.
    autoGenerate: false,
  },
})

export default sanitized
  .then(payloadEndpointsAnswer4xx)
  .then(internalCollectionsForStaffOnly)
  .then(mediaFollowsUse)
  .then(bulkWritesAllOrNothing)
