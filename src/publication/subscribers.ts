/**
 * Who hears of a publication event: the one list to read, or to add to.
 */
import { forgetFeedAnswers } from '@/api/v1/answerLog'
import { purgeEdgeOnPublication } from '@/edge/purge'
import { deliverToWebhooks } from '@/webhooks/subscriber'

import type { PublicationEvent, PublicationSubscriber } from './events'
import { expireNextCache } from './nextCache'
import type { Scope } from './scope'

/** A subscriber of every instance: each keeps caches of its own. */
export type InstanceSubscriber = (event: PublicationEvent, scope: Scope) => Promise<void> | void

/** Run on every instance, in this order, for every event (on others through Redis, see bus.ts). */
export const everyInstance: InstanceSubscriber[] = [
  // Next's data and page caches (shared in Redis when it is set), sitemap, calendar files and search pages included.
  expireNextCache,
  // The feed's answers and ETags, which are per process.
  forgetFeedAnswers,
]

/** Run once per event, on the instance where the change was made: what reaches the outside world (webhooks, edge purges). */
export const once: PublicationSubscriber[] = [
  // Shared caches in front of the app (Varnish, Cloudflare, Fastly: src/edge/), purged by the event's tags.
  purgeEdgeOnPublication,
  // Partners' webhook endpoints, through the jobs queue (src/webhooks/).
  deliverToWebhooks,
]
