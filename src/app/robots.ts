import type { MetadataRoute } from 'next'

import { env } from '@/env'

export default function robots(): MetadataRoute.Robots {
  const base = env().SERVER_URL
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/*/search'] },
    sitemap: `${base}/sitemap.xml`,
  }
}
