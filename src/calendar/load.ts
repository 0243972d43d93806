/**
 * The calendar files, as the website and the partner API both serve them,
 * read through the cached data layer. Screenings whose film or venue is not
 * published are left out, as on the pages. `null`: nothing published there.
 */
import { getEditionBySlug, getFilmBySlug, getScreenings, getSite, screeningsOfEdition, screeningsOfFilm } from '@/data'
import type { ReadContext } from '@/data/client'
import { currentEdition, screeningRows } from '@/data/views'
import { env } from '@/env'
import { getMessages } from '@/i18n/messages'
import type { Screening } from '@/payload-types'

import { buildCalendar } from './ics'

export type CalendarFile = { text: string; filename: string; events: number }

async function build(ctx: ReadContext, name: string, filename: string, screenings: Screening[]): Promise<CalendarFile> {
  const { rows } = await screeningRows(ctx, screenings)
  const text = buildCalendar({ name, locale: ctx.locale, siteUrl: env().SERVER_URL, rows })
  return { text, filename, events: rows.length }
}

/** An edition's whole programme (default: the current edition). */
export async function programmeCalendar(ctx: ReadContext, editionSlug?: string): Promise<CalendarFile | null> {
  const edition = editionSlug ? await getEditionBySlug(ctx, editionSlug) : await currentEdition(ctx)
  if (!edition) return null
  return build(ctx, edition.name, `${edition.slug}-${ctx.locale}`, await screeningsOfEdition(ctx, edition.id))
}

/** Every screening of one film. */
export async function filmCalendar(ctx: ReadContext, slug: string): Promise<CalendarFile | null> {
  const [film, site] = await Promise.all([getFilmBySlug(ctx, slug), getSite(ctx)])
  if (!film) return null
  return build(
    ctx,
    `${film.title} · ${site.siteName}`,
    `${film.slug}-${ctx.locale}`,
    await screeningsOfFilm(ctx, film.id),
  )
}

/** One screening, for "add to calendar"; null unless it is shown. */
export async function screeningCalendar(ctx: ReadContext, id: number): Promise<CalendarFile | null> {
  const [[screening], site] = await Promise.all([getScreenings(ctx, [id]), getSite(ctx)])
  if (!screening) return null
  const file = await build(ctx, site.siteName, `screening-${screening.id}`, [screening])
  return file.events ? file : null
}

/**
 * The screenings of the current edition a visitor saved ("My festival");
 * null unless one of them is shown. Read as the whole programme, filtered:
 * any list of ids a link holds costs no cache entry of its own.
 */
export async function savedCalendar(ctx: ReadContext, ids: number[]): Promise<CalendarFile | null> {
  const [edition, site] = await Promise.all([currentEdition(ctx), getSite(ctx)])
  if (!edition) return null
  const wanted = new Set(ids)
  const screenings = (await screeningsOfEdition(ctx, edition.id)).filter((screening) => wanted.has(screening.id))
  const file = await build(
    ctx,
    `${getMessages(ctx.locale).myFestival.title} · ${site.siteName}`,
    `my-festival-${ctx.locale}`,
    screenings,
  )
  return file.events ? file : null
}

export const notFoundResponse = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
