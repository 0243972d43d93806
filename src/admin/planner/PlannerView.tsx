import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaff } from '@/access/roles'
import { SCREENING_STATUSES } from '@/collections/Screenings/options'
import { formatFestivalDateTime, formatFestivalDay } from '@/lib/formatDate'
import type { User } from '@/payload-types'

import { buildGrid, type Block, type Grid, type Slot } from './grid'
import { plannerData } from './plannerData'

const STATUS_LABEL: Record<string, string> = Object.fromEntries(
  SCREENING_STATUSES.map(({ value, label }) => [value, label]),
)

const dayLabel = (date: string) => formatFestivalDay(`${date}T12:00:00Z`, 'en')
const hourLabel = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`

function tickets(block: Block): string {
  if (block.status === 'cancelled') return 'Cancelled'
  if (block.status === 'sold-out') return 'Sold out'
  return block.ticketUrl ? 'Tickets on sale' : 'No ticket link'
}

/** What a block does not show for lack of room: which screening it overlaps, and that it lies outside the edition. */
function warningDetails(block: Block, titles: Map<number, string>): string[] {
  return [
    ...(block.overlaps.length
      ? [`overlaps ${block.overlaps.map((id) => titles.get(id) ?? `screening ${id}`).join(', ')} in the same room`]
      : []),
    ...(block.outsideEdition ? ['outside the edition’s days'] : []),
  ]
}

/** A screening's block: its visible text is its name, with the warnings' details for screen readers (and on hover). */
function BlockLink({ block, titles, adminRoute }: { block: Block; titles: Map<number, string>; adminRoute: string }) {
  const flags = [
    block.overlaps.length ? 'planner__block--overlap' : '',
    block.outsideEdition ? 'planner__block--outside' : '',
    block.draft ? 'planner__block--draft' : '',
    `planner__block--${block.status}`,
  ]
  const meta = [
    `${block.from}–${block.until}`,
    STATUS_LABEL[block.status] ?? block.status,
    tickets(block),
    ...(block.draft ? ['Draft'] : []),
  ].join(' · ')
  const details = warningDetails(block, titles)
  return (
    <Link
      href={`${adminRoute}/collections/screenings/${block.id}`}
      className={['planner__block', ...flags].filter(Boolean).join(' ')}
      style={{ left: `${block.left}%`, width: `${block.width}%` }}
      title={[`${block.film}, ${meta}`, ...details].join(' · ')}
      data-screening={block.id}
    >
      <span className="planner__block-film">{block.film}</span> <span className="planner__block-meta">{meta}</span>
      {block.overlaps.length ? <span className="planner__block-warning"> Overlap</span> : null}
      {block.outsideEdition ? <span className="planner__block-warning"> Outside the edition</span> : null}
      {details.length ? <span className="planner__unseen">: {details.join('; ')}</span> : null}
    </Link>
  )
}

function SlotLink({
  slot,
  href,
  label,
  left,
  width,
}: {
  slot: Slot
  href: string
  label: string
  left: number
  width: number
}) {
  return (
    <Link
      href={href}
      className="planner__slot"
      style={{ left: `${left}%`, width: `${width}%` }}
      aria-label={label}
      data-start={slot.start}
    >
      <span aria-hidden="true">+</span>
    </Link>
  )
}

function PlannerGrid({
  grid,
  editionId,
  adminRoute,
  titles,
}: {
  grid: Grid
  editionId: number
  adminRoute: string
  titles: Map<number, string>
}) {
  const width = 100 / grid.hours.length
  const first = grid.hours[0]
  return (
    <>
      {grid.days.map((day) => (
        <section
          key={day.date}
          className={`planner__day${day.outsideEdition ? ' planner__day--outside' : ''}`}
          aria-labelledby={`planner-day-${day.date}`}
        >
          <h2 id={`planner-day-${day.date}`}>
            {dayLabel(day.date)}
            {day.outsideEdition ? <span className="planner__day-note"> — outside the edition’s days</span> : null}
          </h2>
          <div className="planner__hours" aria-hidden="true">
            <span className="planner__room-label" />
            <span className="planner__hour-track">
              {grid.hours.map((hour) => (
                <span key={hour} style={{ left: `${(hour - first) * width}%`, width: `${width}%` }}>
                  {hourLabel(hour)}
                </span>
              ))}
            </span>
          </div>
          {day.rows.map(({ row, blocks, slots }) => {
            // Slots and blocks in time order, so Tab moves through the day as it reads.
            const items = [
              ...slots.map((slot) => ({ at: slot.start, slot })),
              ...blocks.map((block) => ({ at: block.start, block })),
            ].sort((a, b) => a.at.localeCompare(b.at))
            return (
              <div
                key={row.key}
                className="planner__row"
                role="group"
                aria-label={`${row.label}, ${dayLabel(day.date)}`}
              >
                <span className="planner__room-label">{row.label}</span>
                <span className="planner__track">
                  {items.map((item) => {
                    if ('block' in item && item.block)
                      return (
                        <BlockLink
                          key={`b${item.block.id}`}
                          block={item.block}
                          titles={titles}
                          adminRoute={adminRoute}
                        />
                      )
                    const slot = (item as { slot: Slot }).slot
                    const params = new URLSearchParams({
                      edition: String(editionId),
                      venue: String(row.venue.id),
                      start: slot.start,
                      ...(row.room ? { room: row.room } : {}),
                    })
                    return (
                      <SlotLink
                        key={`s${slot.start}`}
                        slot={slot}
                        href={`${adminRoute}/collections/screenings/create?${params}`}
                        label={`New screening: ${row.label}, ${dayLabel(day.date)}, ${hourLabel(slot.hour)}`}
                        left={(slot.hour - first) * width}
                        width={width}
                      />
                    )
                  })}
                </span>
              </div>
            )
          })}
        </section>
      ))}
    </>
  )
}

/**
 * The programme planner (admin view at /admin/planner, staff only): one
 * edition as a grid of venue rooms against days and hours in Paris time.
 * A block opens its screening; an empty hour opens a new screening with the
 * venue, room and start filled in (the create view reads them from its URL:
 * src/collections/Screenings/prefill.ts).
 */
export async function PlannerView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n } = req
  const user = req.user as User | null
  const adminRoute = payload.config.routes.admin
  const template = {
    i18n,
    locale,
    params,
    payload,
    permissions,
    searchParams,
    user: user ?? undefined,
    visibleEntities,
  }
  // Like every admin screen: an anonymous visitor is sent to log in, and comes back here after.
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/planner`)}`)
  if (!isStaff(user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Programme planner</h1>
          <p>Only admins and editors plan the programme.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const editionParam = typeof searchParams?.edition === 'string' ? searchParams.edition : undefined
  const data = await plannerData(payload, user as User, editionParam)
  const grid = data.edition
    ? buildGrid({ edition: data.edition, venues: data.venues, screenings: data.screenings })
    : null
  const titles = new Map(
    data.screenings.map((screening) => [
      screening.id,
      `${screening.film} (${formatFestivalDateTime(screening.start, 'en')})`,
    ]),
  )
  return (
    <DefaultTemplate {...template}>
      {/* Payload's template has no main landmark: the planner is this page's main content. */}
      <main>
        <Gutter className="planner">
          <h1>Programme planner</h1>
          {data.edition && grid ? (
            <>
              <p className="planner__intro">
                {data.edition.name}, in Paris time. Choose a screening to open it, or an empty hour to plan a new one
                there. Drafts are included.
              </p>
              {data.editions.length > 1 ? (
                <form method="get" className="planner__edition">
                  <label htmlFor="planner-edition">Edition</label>
                  <select id="planner-edition" name="edition" defaultValue={String(data.edition.id)}>
                    {data.editions.map((edition) => (
                      <option key={edition.id} value={edition.id}>
                        {edition.name}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="btn btn--style-secondary btn--size-small">
                    Show
                  </button>
                </form>
              ) : null}
              <p role="status" className="planner__summary">
                {data.screenings.length} screenings · {grid.conflicts ? `${grid.conflicts} overlapping` : 'no overlap'}{' '}
                · {grid.outside ? `${grid.outside} outside the edition’s days` : 'all within the edition’s days'}
              </p>
              <PlannerGrid grid={grid} editionId={data.edition.id} adminRoute={adminRoute} titles={titles} />
            </>
          ) : (
            <p>There is no edition yet: create one first.</p>
          )}
        </Gutter>
      </main>
    </DefaultTemplate>
  )
}
