import { Editions } from './Editions'
import { Films } from './Films'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Pages } from './Pages'
import { People } from './People'
import { Posts } from './Posts'
import { Quotes } from './Quotes'
import { Screenings } from './Screenings'
import { Users } from './Users'
import { Venues } from './Venues'
import { WebhookDeliveries } from './WebhookDeliveries'
import { WebhookEndpoints } from './WebhookEndpoints'

export const collections = [
  Editions,
  Films,
  Screenings,
  People,
  Quotes,
  Venues,
  Organisations,
  Pages,
  Posts,
  Media,
  Users,
  WebhookEndpoints,
  WebhookDeliveries,
]
