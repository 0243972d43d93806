/**
 * Pages, news and the festival's look, against a real database: the slugs
 * pages cannot take, the accent colours the site refuses, the news feeds as
 * an independent parser reads them (published posts only, per locale), the
 * navigation and the guests read as a visitor.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { Post } from '@/payload-types'
import { paragraphs } from '@/seed/richText'

import { createAccounts, createRefs, minimal, PASSWORD, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let ctx: TestPayload
let refs: Refs
let token: string
let published: Post
let draft: Post
let feeds: typeof import('@/feeds/news')
let website: typeof import('@/data/website')

const DRAFT_TITLE = 'Embargoed: jury announcement'

beforeAll(async () => {
  ctx = await createTestPayload()
  refs = await createRefs(ctx.payload)
  const accounts = await createAccounts(ctx.payload)
  token = await login(accounts.editor.email, PASSWORD)
  feeds = await import('@/feeds/news')
  website = await import('@/data/website')
  const { payload } = ctx
  published = await payload.create({
    collection: 'posts',
    data: { ...minimal.posts(refs), title: 'Red Rain closes the week', author: 'Press office', _status: 'published' },
  })
  await payload.update({
    collection: 'posts',
    id: published.id,
    locale: 'fr',
    data: { title: 'Pluie rouge clôt la semaine', standfirst: 'La clôture.', body: paragraphs('Le récit.') },
  })
  draft = await payload.create({
    collection: 'posts',
    draft: true,
    data: { ...minimal.posts(refs), title: DRAFT_TITLE, _status: 'draft' },
  })
  // Booting Payload and migrating a fresh database outlasts the default timeout on a loaded machine.
}, 300_000)
afterAll(async () => ctx?.close())

describe('page slugs', () => {
  test.each(['films', 'news', 'guests', 'programme'])(
    '"%s" is refused with a message naming the clash (400)',
    async (slug) => {
      const { status, body } = await rest('POST', '/pages', {
        token,
        body: { ...minimal.pages(refs), slug, _status: 'published' },
      })
      expect(status).toBe(400)
      const [error] = (body as { errors: { data: { errors: { path: string; message: string }[] } }[] }).errors[0]!.data
        .errors
      expect(error).toEqual({
        label: 'Slug',
        path: 'slug',
        message: expect.stringContaining(`"${slug}" is taken by the site's own /${slug} page`),
      })
      expect((await ctx.payload.count({ collection: 'pages', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
    },
  )

  test('any other slug, and "about" (the About route shows that page), is accepted', async () => {
    for (const slug of ['visiting', 'about']) {
      const { status, body } = await rest('POST', '/pages', {
        token,
        body: { ...minimal.pages(refs), slug, _status: 'published' },
      })
      expect({ status, slug: (body as { doc?: { slug: string } }).doc?.slug }).toEqual({ status: 201, slug })
    }
  })
})

describe('edition accent colour', () => {
  test('a colour under 4.5:1 on the page background is refused, and the message names its ratio', async () => {
    const { status, body } = await rest('PATCH', `/editions/${refs.edition}`, {
      token,
      body: { accentColour: '#f4a6a0' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(
      /#f4a6a0 has a contrast ratio of 1\.\d\d:1 against the page background \(#fbf8f4\); at least 4\.5:1/,
    )
    const edition = await ctx.payload.findByID({ collection: 'editions', id: refs.edition })
    expect(edition.accentColour ?? null).toBeNull()
  })

  test('something that is not a colour is refused as such', async () => {
    const { status, body } = await rest('PATCH', `/editions/${refs.edition}`, {
      token,
      body: { accentColour: 'red; background: url(x)' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('is not a colour')
  })

  test('a dark enough colour is saved', async () => {
    const { status } = await rest('PATCH', `/editions/${refs.edition}`, { token, body: { accentColour: '#1f5f8b' } })
    expect(status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'editions', id: refs.edition })).accentColour).toBe('#1f5f8b')
  })
})

describe('news feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
  const asList = <T>(value: T | T[] | undefined): T[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value]

  test('RSS 2.0 is well-formed and lists the published post only, in the locale', async () => {
    for (const [locale, title] of [
      ['en', 'Red Rain closes the week'],
      ['fr', 'Pluie rouge clôt la semaine'],
    ] as const) {
      const response = await feeds.newsFeedResponse(locale, 'rss')
      expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
      const text = await response.text()
      expect(XMLValidator.validate(text)).toBe(true)
      const { rss } = xml.parse(text)
      expect(rss['@version']).toBe('2.0')
      const items = asList<{ title: string; link: string; guid: { '#text': string } }>(rss.channel.item)
      expect(items.map((item) => item.title)).toEqual([title])
      expect(items[0].link).toMatch(new RegExp(`/${locale}/news/${published.slug}$`))
      expect(text).not.toContain(DRAFT_TITLE)
    }
  })

  test('Atom 1.0 is well-formed and lists the published post only', async () => {
    const text = await (await feeds.newsFeedResponse('en', 'atom')).text()
    expect(XMLValidator.validate(text)).toBe(true)
    const { feed } = xml.parse(text)
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    const entries = asList<{ title: { '#text': string }; id: string; updated: string; author?: { name: string } }>(
      feed.entry,
    )
    expect(entries.map((entry) => entry.title['#text'])).toEqual(['Red Rain closes the week'])
    expect(entries[0].author?.name).toBe('Press office')
    expect(Number.isNaN(Date.parse(entries[0].updated))).toBe(false)
    expect(text).not.toContain(DRAFT_TITLE)
  })

  test('JSON Feed 1.1 has its required members, authors and language, and lists the published post only', async () => {
    const response = await feeds.newsFeedResponse('vi', 'json')
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    type Item = {
      id: string
      url: string
      title: string
      content_html?: string
      content_text?: string
      authors?: { name: string }[]
    }
    const body = (await response.json()) as { version: string; title: string; language: string; items: Item[] }
    expect(body.version).toBe('https://jsonfeed.org/version/1.1')
    expect(typeof body.title).toBe('string')
    expect(body.language).toBe('vi-VN')
    expect(body.items.map((item) => item.title)).toEqual(['Red Rain closes the week'])
    expect(body.items[0].authors).toEqual([{ name: 'Press office' }])
    expect(body.items[0].url).toMatch(/\/vi\/news\//)
    expect(body.items[0].content_html ?? body.items[0].content_text).toContain('The story of')
    expect(JSON.stringify(body)).not.toContain(DRAFT_TITLE)
  })

  test('publishing the draft puts it in the feed (so the assertions above can fail)', async () => {
    await ctx.payload.update({ collection: 'posts', id: draft.id, data: { _status: 'published' } })
    const text = await (await feeds.newsFeedResponse('en', 'rss')).text()
    expect(text).toContain(DRAFT_TITLE)
    await ctx.payload.update({ collection: 'posts', id: draft.id, data: { _status: 'draft' } })
  })
})

describe('navigation', () => {
  test('links to a page that is not published are left out; paths get the locale', async () => {
    const { payload } = ctx
    const live = await payload.create({ collection: 'pages', data: { ...minimal.pages(refs), _status: 'published' } })
    const hidden = await payload.create({
      collection: 'pages',
      draft: true,
      data: { ...minimal.pages(refs), _status: 'draft' },
    })
    const site = await payload.updateGlobal({
      slug: 'site',
      data: {
        siteName: 'Film Week',
        navigation: [
          { label: 'Live page', doc: { relationTo: 'pages', value: live.id } },
          { label: 'Hidden page', doc: { relationTo: 'pages', value: hidden.id } },
          { label: 'News post', doc: { relationTo: 'posts', value: published.id } },
          { label: 'Programme', path: '/programme' },
        ],
        footerNavigation: [{ label: 'Press', path: 'https://press.example/filmweek' }],
      },
    })
    const navigation = await website.siteNavigation({ locale: 'fr' }, site)
    expect(navigation.header).toEqual([
      { label: 'Live page', href: `/fr/${live.slug}` },
      { label: 'News post', href: `/fr/news/${published.slug}` },
      { label: 'Programme', href: '/fr/programme' },
    ])
    expect(navigation.footer).toEqual([{ label: 'Press', href: 'https://press.example/filmweek' }])
  })

  test('a link with no destination, or two, is refused with a message', async () => {
    const none = await rest('POST', '/globals/site', {
      token,
      body: { siteName: 'Film Week', navigation: [{ label: 'Nowhere' }] },
    })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('Choose where the link goes')
    const bad = await rest('POST', '/globals/site', {
      token,
      body: { siteName: 'Film Week', navigation: [{ label: 'Odd', path: 'programme' }] },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('neither a path of the site')
  })
})

describe('guests', () => {
  test('the guests of an edition are the guests of its published screenings of published films', async () => {
    const { payload } = ctx
    const guest = await payload.create({
      collection: 'people',
      data: { ...minimal.people(refs), _status: 'published' },
    })
    const hiddenGuest = await payload.create({
      collection: 'people',
      data: { ...minimal.people(refs), _status: 'published' },
    })
    await payload.create({
      collection: 'screenings',
      data: { ...minimal.screenings(refs), guests: [guest.id], guestEvent: 'qa', _status: 'published' },
    })
    await payload.create({
      collection: 'screenings',
      draft: true,
      data: { ...minimal.screenings(refs), guests: [hiddenGuest.id], _status: 'draft' },
    })
    const guests = await website.editionGuests({ locale: 'en' }, refs.edition)
    expect(guests.map(({ person }) => person.id)).toEqual([guest.id])
    expect(guests[0].rows).toHaveLength(1)
  })
})
