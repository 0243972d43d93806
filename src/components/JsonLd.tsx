import type { Graph, Thing, WithContext } from 'schema-dts'

import { serializeJsonLd } from '@/seo/jsonLd'

/** Structured data for search engines, rendered on the server as `<script type="application/ld+json">`. */
export function JsonLd({ data }: { data: WithContext<Thing> | Graph }) {
  // Escaped by serializeJsonLd: content cannot close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
