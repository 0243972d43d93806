import type { Metadata } from 'next'

import { getMedia, type ReadContext } from '@/data'
import type { Locale } from '@/i18n/locales'
import { idOf } from '@/lib/relations'

import { pageMetadata, type OpenGraphKind } from './metadata'

/** The SEO fields an editor fills in (@payloadcms/plugin-seo's `meta` group). */
type Seo = { meta?: { title?: string | null; description?: string | null; image?: unknown } | null }

/**
 * A document page's metadata: the editor's SEO title, description and image
 * where given, the page's own otherwise. The image is read as a visitor
 * (published media only).
 */
export async function documentMetadata(
  ctx: ReadContext & { locale: Locale },
  doc: Seo,
  fallback: {
    path: (locale: Locale) => string
    title: string
    description?: string | null
    image?: unknown
    kind?: OpenGraphKind
  },
): Promise<Metadata> {
  const imageId = idOf(doc.meta?.image) ?? idOf(fallback.image)
  const [image] = imageId ? await getMedia(ctx, [imageId]) : []
  return pageMetadata({
    locale: ctx.locale,
    path: fallback.path,
    title: doc.meta?.title || fallback.title,
    description: doc.meta?.description || fallback.description,
    image,
    kind: fallback.kind,
  })
}
