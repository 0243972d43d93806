import type { MetadataRoute } from 'next'

import { env } from '@/env'

// Rendered per request: prerendered at build, it named the origin the build was given, not the one the server runs with.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const base = env().SERVER_URL
  return {
    // Images are files under /api/media/file/: crawlers may fetch them (Open Graph, image search); the rest of /api is not for them.
    rules: { userAgent: '*', allow: ['/', '/api/media/'], disallow: ['/admin', '/api/', '/*/search'] },
    sitemap: `${base}/sitemap.xml`,
  }
}
