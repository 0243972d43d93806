import { z } from 'zod'

import { Screening as FeedScreening, Tickets } from '@/api/v1/schemas/programme'
import { ticketAvailability } from '@/lib/tickets'
import { offersLd, screeningEventLd } from '@/seo/jsonLd'

import { film, screening, venue } from '../helpers/documents'

const json = (value: unknown) => JSON.parse(JSON.stringify(value))

/**
 * What schema.org and search engines' event guidelines ask of an Offer, as a
 * strict schema: a price is a non-negative number with an ISO 4217 currency,
 * availability one of schema.org's ItemAvailability URLs, validFrom an ISO
 * date-time with its offset. Unknown properties are refused.
 */
const ITEM_AVAILABILITY = ['InStock', 'SoldOut', 'LimitedAvailability', 'InStoreOnly', 'PreOrder', 'OutOfStock'].map(
  (name) => `https://schema.org/${name}`,
)
const SchemaOrgOffer = z
  .strictObject({
    '@type': z.literal('Offer'),
    name: z.string().min(1).optional(),
    url: z.url().optional(),
    price: z.number().nonnegative().optional(),
    priceCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    availability: z.enum(ITEM_AVAILABILITY as [string, ...string[]]),
    validFrom: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((offer) => (offer.price === undefined) === (offer.priceCurrency === undefined), {
    message: 'price and priceCurrency go together',
  })

const priced = screening({
  ticketUrl: 'https://tickets.example/7',
  ticketAvailability: 'few-left',
  ticketsOnSale: '2025-11-17T09:00:00.000Z',
  prices: [
    { label: 'full', amount: 12, currency: 'EUR' },
    { label: 'reduced', amount: 9.5, currency: 'EUR' },
    { label: 'under-26', amount: 6, currency: 'EUR' },
  ],
})

describe('where sales stand', () => {
  const now = new Date('2025-12-01T12:00:00Z')
  test.each([
    [
      'a sold-out status wins over what the tickets say',
      { status: 'sold-out' as const, ticketAvailability: 'on-sale' as const },
      'sold-out',
    ],
    [
      'on sale from a date still to come',
      { ticketAvailability: 'on-sale-from' as const, ticketsOnSale: '2025-12-05T09:00:00.000Z' },
      'on-sale-from',
    ],
    [
      'on sale from a date that has passed is on sale',
      { ticketAvailability: 'on-sale-from' as const, ticketsOnSale: '2025-11-17T09:00:00.000Z' },
      'on-sale',
    ],
    ['a link and nothing said is on sale', { ticketUrl: 'https://tickets.example/1' }, 'on-sale'],
    ['nothing known', {}, null],
  ])('%s', (_, overrides, expected) => {
    expect(ticketAvailability(screening(overrides), now)).toBe(expected)
  })
})

describe('JSON-LD offers', () => {
  test('one Offer per price, each valid against the strict Offer schema', () => {
    const offers = json(offersLd(priced, 'fr'))
    expect(offers).toHaveLength(3)
    for (const offer of offers) expect(SchemaOrgOffer.parse(offer)).toBeTruthy()
    expect(offers[1]).toEqual({
      '@type': 'Offer',
      name: 'Tarif réduit',
      url: 'https://tickets.example/7',
      price: 9.5,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/LimitedAvailability',
      validFrom: '2025-11-17T10:00:00+01:00',
    })
  })

  test('the strict schema can fail: a currency symbol or a made-up availability is refused', () => {
    const [offer] = json(offersLd(priced, 'en'))
    expect(SchemaOrgOffer.safeParse({ ...offer, priceCurrency: '€' }).success).toBe(false)
    expect(SchemaOrgOffer.safeParse({ ...offer, availability: 'FewLeft' }).success).toBe(false)
    expect(SchemaOrgOffer.safeParse({ ...offer, price: undefined }).success).toBe(false)
  })

  test.each([
    ['sold-out', 'https://schema.org/SoldOut'],
    ['at-the-door', 'https://schema.org/InStoreOnly'],
    ['free-registration', 'https://schema.org/InStock'],
  ] as const)('%s is %s', (availability, url) => {
    const offers = json(offersLd(screening({ ticketAvailability: availability }), 'en'))
    for (const offer of offers) expect(SchemaOrgOffer.parse(offer).availability).toBe(url)
  })

  test('a free screening with registration has a zero price; a cancelled one and one with nothing known have no offers', () => {
    expect(
      json(
        offersLd(
          screening({ ticketAvailability: 'free-registration', ticketUrl: 'https://tickets.example/free' }),
          'en',
        ),
      ),
    ).toEqual([
      {
        '@type': 'Offer',
        url: 'https://tickets.example/free',
        availability: 'https://schema.org/InStock',
        price: 0,
        priceCurrency: 'EUR',
      },
    ])
    expect(offersLd(screening(), 'en')).toBeUndefined()
    const cancelled = screeningEventLd({
      locale: 'en',
      siteUrl: 'https://filmweek.example',
      film: film(),
      venue: venue(),
      screening: { ...priced, status: 'cancelled' },
    })
    expect(cancelled.offers).toBeUndefined()
  })
})

describe('the feed’s ticket fields', () => {
  test('the Tickets schema takes what the serializer writes and refuses what it must not', () => {
    const good = {
      url: 'https://tickets.example/7',
      availability: 'few-left',
      on_sale_from: '2025-11-17T10:00:00+01:00',
      prices: [{ label: 'full', amount: 12, currency: 'EUR' }],
    }
    expect(Tickets.parse(good)).toEqual(good)
    expect(Tickets.safeParse({ ...good, availability: 'few' }).success).toBe(false)
    expect(Tickets.safeParse({ ...good, prices: [{ label: 'full', amount: -1, currency: 'EUR' }] }).success).toBe(false)
    expect(Tickets.safeParse({ ...good, prices: [{ label: 'full', amount: 12, currency: 'eur' }] }).success).toBe(false)
    expect(Tickets.safeParse({ ...good, on_sale_from: '2025-11-17T09:00:00' }).success).toBe(false)
  })

  test('the screening schema requires the tickets object', () => {
    expect(FeedScreening.shape.tickets).toBe(Tickets)
  })
})
