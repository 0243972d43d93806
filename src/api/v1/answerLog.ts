import type { PublicationEvent } from '@/publication/events'
import { note } from '@/publication/log'

/**
 * Subscriber: the feed's answers (src/api/v1/http.ts) are kept per process
 * and keyed by the log's sequence; noting the event is what makes an answer
 * built before it unusable, even as the previous answer while a new one builds.
 */
export function forgetFeedAnswers(event: PublicationEvent): void {
  note(event.tags)
}
