import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaderRules } from './src/security/headers'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  headers: async () => securityHeaderRules(),
  // Reads its VTIMEZONE files from __dirname, which bundling would rewrite.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  images: {
    // Uploads are served by Payload from the same origin.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
