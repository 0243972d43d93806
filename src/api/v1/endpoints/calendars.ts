import { z } from 'zod'

import { filmCalendar, programmeCalendar } from '@/calendar/load'

import { defineEndpoint, Missing } from '../http'
import { LocaleParam, SlugParam } from '../schemas/common'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'

const Calendar = z
  .string()
  .meta({ id: 'Calendar', description: 'RFC 5545 iCalendar (text/calendar), the same file the website serves' })

export const programmeCalendarFile = defineEndpoint({
  path: '/programme/calendar.ics',
  summary: 'The programme as a calendar file',
  description: `Every published screening of an edition (default: current) as VEVENTs in ${FESTIVAL_TIME_ZONE} time; UIDs are stable per screening and SEQUENCE rises when one moves.`,
  query: z.strictObject({ edition: SlugParam.optional(), locale: LocaleParam }),
  response: Calendar,
  contentType: 'text/calendar',
  serialize: (text) => text,
  notFound: 'Not found: no edition is current.',
  handle: async (query) =>
    (await programmeCalendar({ locale: query.locale }, query.edition))?.text ??
    (query.edition ? new Missing('edition') : null),
})

export const filmCalendarFile = defineEndpoint({
  path: '/films/{slug}/calendar.ics',
  summary: 'One film’s screenings as a calendar file',
  description: `Every published screening of the film, as VEVENTs in ${FESTIVAL_TIME_ZONE} time.`,
  query: z.strictObject({ locale: LocaleParam }),
  params: z.object({ slug: SlugParam }),
  response: Calendar,
  contentType: 'text/calendar',
  serialize: (text) => text,
  notFound: 'Not found: no published film with that slug.',
  handle: async (query, { slug }) => (await filmCalendar({ locale: query.locale }, slug))?.text ?? null,
})
