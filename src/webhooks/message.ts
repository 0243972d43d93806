import { WEBHOOK_TYPES_PAST, WebhookPayload, type WebhookPayloadBody } from '@/api/v1/schemas/webhooks'
import type { PublicationEvent } from '@/publication/events'

/** What an endpoint can subscribe to: the published collections and the site settings. */
export const WEBHOOK_COLLECTIONS = [
  'films',
  'screenings',
  'people',
  'quotes',
  'editions',
  'venues',
  'organisations',
  'site',
] as const

/** The /api/v1 paths (src/api/v1/endpoints) whose answers show a document of each collection. */
function apiPaths(collection: string, slug: string | undefined): string[] {
  switch (collection) {
    case 'films':
      return [
        ...(slug ? [`/films/${slug}`, `/films/${slug}/calendar.ics`] : []),
        '/films',
        '/programme',
        '/programme/calendar.ics',
      ]
    case 'people':
      return slug ? [`/people/${slug}`] : []
    case 'editions':
      return [...(slug ? [`/editions/${slug}`] : []), '/programme']
    case 'screenings':
    case 'venues':
      return ['/programme', '/programme/calendar.ics']
    case 'quotes':
      return ['/quotes']
    default:
      return []
  }
}

/**
 * The body of a delivery, checked against the published contract (strict: a
 * field it does not name cannot slip in). It says what changed, never how.
 */
export function webhookMessage(event: PublicationEvent, serverUrl: string): WebhookPayloadBody {
  const base = new URL('/api/v1', serverUrl).toString()
  return WebhookPayload.parse({
    type: `${event.collection}.${WEBHOOK_TYPES_PAST[event.change]}`,
    timestamp: event.at,
    data: {
      event_id: event.id,
      change: event.change,
      collection: event.collection,
      id: event.docId ?? null,
      slug: event.slug ?? null,
      urls: apiPaths(event.collection, event.slug).map((path) => `${base}${path}`),
    },
  })
}

const EDITION_TAG = /^(?:(?:films|screenings|quotes):edition:|editions:)(\d+)$/

/** The editions a change belongs to, read from its cache tags (src/data/tags.ts): none for people, venues, organisations and site. */
export function editionsOf(event: PublicationEvent): number[] {
  return event.tags.flatMap((tag) => {
    const match = EDITION_TAG.exec(tag)
    return match ? [Number(match[1])] : []
  })
}
