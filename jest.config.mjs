// Four projects, one command: unit (node), components (jsdom + Testing
// Library), integration (node, real PostgreSQL) and e2e (Chromium against a
// production build). All run in Jest's native ESM mode because Payload is
// ESM-only (NODE_OPTIONS=--experimental-vm-modules).
import fs from 'node:fs'

import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
}

// Browser tests need Debian's Chromium (README). Without it a developer's run
// skips them, saying so; CI (CI=true) always runs them, and fails without it.
const chromium = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium'
const browserTests = fs.existsSync(chromium) || Boolean(process.env.CI)
if (!browserTests)
  console.warn(
    `\n  Browser tests SKIPPED: no Chromium at ${chromium}. Install it (apt-get install chromium) or set E2E_CHROMIUM.\n`,
  )

const projects = await Promise.all(
  [
    { displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/components/setup.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/integration/globalTeardown.ts',
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // Builds the site and starts `next start` on a fresh seeded database.
      globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts',
      // Serial and after the other projects: one browser and one server, never
      // competing with the integration workers (see the runner).
      runner: '<rootDir>/tests/e2e/runner.mjs',
      // 120 s per test instead of the global 60 s.
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/timeout.ts'],
    },
  ]
    .filter((project) => browserTests || project.displayName !== 'e2e')
    .map((project) => createJestConfig({ ...shared, ...project })()),
)

const config = {
  projects,
  // The browser tests' output snapshots read the seeded data before the other files change it.
  testSequencer: '<rootDir>/tests/e2e/sequencer.mjs',
  // Integration files boot Payload and migrate a fresh database first (testTimeout is not a per-project option).
  testTimeout: 60_000,
  // The Postgres adapter keeps a pool connection that destroy() does not release.
  forceExit: true,
}

export default config
