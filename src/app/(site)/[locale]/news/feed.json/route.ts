import { newsFeedRoute } from '@/feeds/news'
import { localeStaticParams } from '@/i18n/params'

// Built per locale, then refreshed by the data layer's tags when a post is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = localeStaticParams

export const GET = newsFeedRoute('json')
