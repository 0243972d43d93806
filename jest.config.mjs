// Three projects, one command: unit (node), components (jsdom + Testing
// Library) and integration (node, real PostgreSQL). All run in Jest's native
// ESM mode because Payload is ESM-only (NODE_OPTIONS=--experimental-vm-modules).
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
}

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
  ].map((project) => createJestConfig({ ...shared, ...project })()),
)

const config = {
  projects,
  // Integration files boot Payload and migrate a fresh database first (testTimeout is not a per-project option).
  testTimeout: 60_000,
  // The Postgres adapter keeps a pool connection that destroy() does not release.
  forceExit: true,
}

export default config
