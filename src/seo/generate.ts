import type { GenerateDescription, GenerateTitle } from '@payloadcms/plugin-seo/types'

type Doc = {
  title?: unknown
  name?: unknown
  originalTitle?: unknown
  intro?: unknown
  standfirst?: unknown
  logline?: unknown
  description?: unknown
  theme?: unknown
}

const text = (...values: unknown[]) =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? ''

/** The admin's "Auto-generate" buttons: the document's own title and summary, for the editor to shorten. */
export const seoTitle: GenerateTitle<Doc> = ({ doc }) => text(doc?.title, doc?.name, doc?.originalTitle)

export const seoDescription: GenerateDescription<Doc> = ({ doc }) =>
  text(doc?.standfirst, doc?.intro, doc?.logline, doc?.description, doc?.theme).slice(0, 160)
