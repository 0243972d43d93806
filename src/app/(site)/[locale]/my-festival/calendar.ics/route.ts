import type { NextRequest } from 'next/server'

import { calendarResponse } from '@/calendar/ics'
import { notFoundResponse, savedCalendar } from '@/calendar/load'
import { isLocale } from '@/i18n/locales'
import { decodeShare } from '@/myFestival/saved'

/** At most this many screenings in one file: a festival week, with room to spare. */
const MAX_SAVED = 200

/** "My festival" as one calendar file: the screenings named by ?s=12.34.56 (the share link's list). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const ids = decodeShare(request.nextUrl.searchParams.get('s'))
  if (!isLocale(locale) || ids.length === 0) return notFoundResponse()
  if (ids.length > MAX_SAVED)
    return new Response(`s: at most ${MAX_SAVED} screenings`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  const file = await savedCalendar({ locale }, ids)
  return file ? calendarResponse(file.text, file.filename) : notFoundResponse()
}
