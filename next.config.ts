import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaderRules } from './src/security/headers'

// Read from process.env rather than env(): this file is also evaluated where
// the app's other variables need not be set. `next start` evaluates it again,
// so REDIS_URL chooses the cache when a server starts; one build serves both.
const redis = Boolean(process.env.REDIS_URL)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  headers: async () => securityHeaderRules(),
  // Every instance of one deploy must share it (README, "Running several instances").
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // Shared cache in Redis; without it, Next's own cache per process. The
  // in-memory layer would keep entries another instance has expired.
  ...(redis ? { cacheHandler: path.resolve('cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  // Reads its VTIMEZONE files from __dirname, which bundling would rewrite.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  images: {
    // Uploads are served by Payload from the same origin.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
