import type { Metadata } from 'next'

import { PageView } from '@/components/PageView'
import { getSite } from '@/data'
import { pageContext } from '@/data/preview'
import { currentEdition } from '@/data/views'
import { getPageBySlug, listPages } from '@/data/website'
import { getMessages } from '@/i18n/messages'
import { localeOf, shownAt, slugStaticParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { documentMetadata } from '@/seo/documentMetadata'

type Params = Promise<{ locale: string; slug: string }>

export const revalidate = 3600

export const generateStaticParams = slugStaticParams(listPages)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const [page, site, edition] = await Promise.all([
    getPageBySlug(ctx, (await params).slug),
    getSite(ctx),
    currentEdition(ctx),
  ])
  if (!page) return {}
  // Link previews show the SEO image, or the current edition's key image.
  return documentMetadata(ctx, page, {
    path: (code) => routes.page(code, page.slug),
    title: `${page.title} · ${site.siteName}`,
    description: page.intro,
    image: edition?.heroImage,
  })
}

/** An editor's page at /{locale}/{slug}; a slug it had before redirects, an unknown or unpublished one is a 404. */
export default async function EditorPage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const requested = (await params).slug
  const page = shownAt(await getPageBySlug(ctx, requested), requested, (slug) => routes.page(locale, slug))
  return <PageView page={page} ctx={ctx} t={getMessages(locale)} />
}
