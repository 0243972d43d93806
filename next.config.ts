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
  // Next hashes every page body in JavaScript on every request to make its
  // ETag: a fifth of the server's CPU on a cached film page (bench --cpu-prof).
  // Pages are small once compressed; the partner API keeps its own ETags.
  generateEtags: false,
  headers: async () => securityHeaderRules(),
  // Every instance of one deploy must share it (README, "Running several instances").
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // Shared cache in Redis; without it, Next's own cache per process. Either
  // way wrapped to give pages their edge headers (src/edge/cacheHandler.ts).
  cacheHandler: path.resolve('cache-handler.mjs'),
  // The in-memory layer would keep entries another instance has expired.
  ...(redis ? { cacheMaxMemorySize: 0 } : {}),
  // Reads its VTIMEZONE files from __dirname, which bundling would rewrite.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  experimental: {
    // Payload names its errors after their classes (GraphQL answers carry the
    // name); minifying the server bundle turned "Forbidden" into "s".
    serverMinification: false,
  },
  images: {
    // Uploads are served by Payload from the same origin.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the colour-scheme client hint its admin
 * theme reads, with Critical-CH: Chrome then repeats a visitor's first
 * request to a page to send it. Only the admin asks.
 */
async function clientHintsForTheAdminOnly() {
  const rules = (await withAdmin.headers?.()) ?? []
  return rules.map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )
}

export default { ...withAdmin, headers: clientHintsForTheAdminOnly } satisfies NextConfig
