import type { Page } from 'playwright-core'
import Parser from 'rss-parser'

import { LOCALE_CODES, type Locale } from '@/i18n/locales'
import type { Edition, Post, Site } from '@/payload-types'
import { paragraphs } from '@/seed/richText'

import { adminLogin, choose, publish, settled } from './admin'
import { api, findOne, login, patch } from './api'
import { axeViolations, describeViolations } from './axe'
import { browserForThisFile } from './browser'
import { JsonFeed11, localizedLayout, png, uploadImage, WORDS } from './editorial'
import { FILM, get, pollUntil } from './site'

// The communications team's day, in the real admin, as the editor (not the
// admin): a page with every block and a news post, both in the navigation;
// published, on the site in three languages and in the feeds; unpublished,
// gone. Then the festival's look: a new logo and accent colour on every
// page, and a colour too pale to read refused on its field. The English
// words are typed in the admin; French and Vietnamese are written through
// the REST API as the same editor (one document, three locales).
const newContext = browserForThisFile()

/**
 * Publish to visible on the site is a bench figure (a second, on a quiet
 * machine); these bounds only catch a refresh that never comes. A new look
 * re-renders every page of the site.
 */
const VISIBLE_WITHIN_MS = 15_000
const LOOK_VISIBLE_WITHIN_MS = 30_000
const BLOCK_LABELS = ['Rich text', 'Image with caption', 'Call to action', 'FAQ list', 'Screening list', 'Partner wall']

const created = { page: 0, post: 0, media: [] as number[], slug: { page: '', post: '' }, image: '' }
const original: { site?: Site; siteVersion?: string; edition?: Edition } = {}
let editorToken = ''
let adminToken = ''

const paths = (route: (locale: Locale) => string) => LOCALE_CODES.map((locale) => [locale, route(locale)] as const)
const pagePath = (locale: Locale) => `/${locale}/${created.slug.page}`
const postPath = (locale: Locale) => `/${locale}/news/${created.slug.post}`

/** From `action` (a click in the admin, until its save answers) to every check holding: both durations, in ms. */
async function timeUntil(
  what: string,
  action: () => Promise<unknown>,
  check: () => Promise<boolean>,
  bound = VISIBLE_WITHIN_MS,
) {
  const started = Date.now()
  await action()
  const saved = Date.now() - started
  await pollUntil(what, check, bound)
  return `${Date.now() - started} ms (the save answered after ${saved} ms)`
}

const everyLocale = async (check: (locale: Locale) => Promise<boolean>) =>
  (await Promise.all(LOCALE_CODES.map(check))).every(Boolean)

/** Types into the Lexical editor inside `container` (its field has no id of its own). */
async function typeRichText(page: Page, container: string, text: string) {
  await page.locator(`${container} [contenteditable="true"]`).first().click()
  await page.keyboard.type(text)
}

async function addBlock(page: Page, label: string) {
  await page.getByRole('button', { name: 'Add Block', exact: true }).click()
  await page.locator('.drawer--is-open .thumbnail-card', { hasText: label }).click()
  await page.locator('.drawer--is-open').waitFor({ state: 'detached' })
}

/** An upload field's "Choose from existing": the media library in a drawer, where the editor clicks the file. */
async function chooseUpload(page: Page, field: string, filename: string) {
  await page.locator(field).getByRole('button', { name: 'Choose from existing' }).click()
  await page.locator('.drawer--is-open tbody tr', { hasText: filename }).locator('button, a').first().click()
  await page.locator('.drawer--is-open').waitFor({ state: 'detached' })
}

async function openDoc(page: Page, collection: string, id: number) {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await page.locator('#action-save').waitFor()
  await settled(page)
}

beforeAll(async () => {
  ;[editorToken, adminToken] = await Promise.all([login('editor'), login('admin')])
  original.site = (await api<Site>('GET', '/globals/site?depth=0')).body
  // Site settings keep versions: the one in force now is restored afterwards, in every language.
  const versions = await api<{ docs: { id: string }[] }>(
    'GET',
    '/globals/site/versions?sort=-updatedAt&limit=1&depth=0',
    { token: adminToken },
  )
  original.siteVersion = versions.body.docs[0]?.id
  if (!original.siteVersion) throw new Error('Site settings have no version to restore afterwards')
  const edition = original.site.currentEdition
  original.edition = (
    await api<Edition>('GET', `/editions/${typeof edition === 'object' ? edition?.id : edition}?depth=0`, {
      token: adminToken,
    })
  ).body
})

afterAll(async () => {
  // Leave the demo data as seeded for the other files: the look and navigation as they were, what this file made deleted.
  const refused: string[] = []
  const call = async (method: 'POST' | 'DELETE', path: string) => {
    const { status, body } = await api(method, path, { token: adminToken })
    if (status !== 200) refused.push(`${method} ${path}: ${status} ${JSON.stringify(body)}`)
  }
  await call('POST', `/globals/site/versions/${original.siteVersion}?depth=0`)
  if (created.page) await call('DELETE', `/pages/${created.page}`)
  if (created.post) await call('DELETE', `/posts/${created.post}`)
  if (original.edition)
    await patch(
      'editions',
      original.edition.id,
      { accentColour: original.edition.accentColour ?? null, _status: 'published' },
      adminToken,
    )
  // The media last: the restored settings and deleted documents no longer use them.
  for (const id of created.media) await call('DELETE', `/media/${id}`)
  expect(refused).toEqual([])
  const site = (await api<Site>('GET', '/globals/site?depth=0')).body
  expect({ navigation: site.navigation?.length, logo: site.logo ?? null }).toEqual({
    navigation: original.site?.navigation?.length,
    logo: original.site?.logo ?? null,
  })
})

describe('a page with every block and a news post', () => {
  let admin: Page

  beforeAll(async () => {
    admin = await (await newContext()).newPage()
    await adminLogin(admin, 'editor')
    // The image block's picture, uploaded beforehand: the editor picks it from the media library.
    const image = await uploadImage(editorToken, 'hall.png', await png(1600, 900, '#5a6b7c'), {
      alt: 'The cinema hall, empty, before the doors open',
    })
    created.media.push(image.id)
    created.image = image.filename
  })

  test('the editor builds the page and the post in the admin, the other languages through the API', async () => {
    const started = Date.now()
    const en = WORDS.en
    await admin.goto('/admin/collections/pages/create')
    await admin.locator('#field-title').fill(en.page.title)
    await admin.locator('#field-intro').fill(en.page.intro)
    for (const label of BLOCK_LABELS) await addBlock(admin, label)
    await typeRichText(admin, '#layout-row-0', en.blocks.body)
    await chooseUpload(admin, '#field-layout__1__image', created.image)
    await admin.locator('#field-layout__1__caption').fill(en.blocks.caption)
    await admin.locator('#field-layout__2__heading').fill(en.blocks.cta.heading)
    await admin.locator('#field-layout__2__text').fill(en.blocks.cta.text)
    await admin.locator('#field-layout__2__link__label').fill(en.blocks.cta.label)
    await admin.locator('#field-layout__2__link__path').fill('/programme')
    await admin.locator('#field-layout__3__heading').fill(en.blocks.faq.heading)
    await admin.getByRole('button', { name: 'Add Question' }).click()
    await admin.locator('#field-layout__3__items__0__question').fill(en.blocks.faq.question)
    await typeRichText(admin, '#layout-3-items-row-0', en.blocks.faq.answer)
    await admin.locator('#field-layout__4__heading').fill(en.blocks.screenings)
    await choose(admin, '#field-layout__4__venue', 'Pathé Palace')
    await admin.locator('#field-layout__5__heading').fill(en.blocks.partners)
    await settled(admin)
    await admin.locator('#action-save-draft').click()
    await admin.waitForURL(/\/admin\/collections\/pages\/\d+$/)
    created.page = Number(new URL(admin.url()).pathname.split('/').at(-1))
    await settled(admin)

    await admin.goto('/admin/collections/posts/create')
    await admin.locator('#field-title').fill(en.post.title)
    await admin.locator('#field-author').fill('Press office')
    await admin.locator('#field-standfirst').fill(en.post.standfirst)
    await typeRichText(admin, '.field-type.rich-text-lexical', en.post.body)
    await settled(admin)
    await admin.locator('#action-save-draft').click()
    await admin.waitForURL(/\/admin\/collections\/posts\/\d+$/)
    created.post = Number(new URL(admin.url()).pathname.split('/').at(-1))
    await settled(admin)
    // Away from the form before the API writes the other languages: no autosave of the English form in between.
    await admin.goto('/admin')

    type Stored = { slug: string; layout: Parameters<typeof localizedLayout>[0] }
    const page = (
      await api<Stored>('GET', `/pages/${created.page}?draft=true&depth=0&locale=en`, { token: editorToken })
    ).body
    expect(page.layout.map((block) => block.blockType)).toEqual([
      'richText',
      'image',
      'callToAction',
      'faq',
      'screenings',
      'partnerWall',
    ])
    created.slug.page = page.slug
    created.slug.post = (
      await api<Post>('GET', `/posts/${created.post}?draft=true&depth=0`, { token: editorToken })
    ).body.slug
    for (const locale of ['fr', 'vi'] as const) {
      const words = WORDS[locale]
      const pageAnswer = await api('PATCH', `/pages/${created.page}?draft=true&locale=${locale}&depth=0`, {
        token: editorToken,
        body: { title: words.page.title, intro: words.page.intro, layout: localizedLayout(page.layout, words) },
      })
      expect(pageAnswer.status).toBe(200)
      const postAnswer = await api('PATCH', `/posts/${created.post}?draft=true&locale=${locale}&depth=0`, {
        token: editorToken,
        body: { title: words.post.title, standfirst: words.post.standfirst, body: paragraphs(words.post.body) },
      })
      expect(postAnswer.status).toBe(200)
    }
    // Drafts: nobody outside sees them yet.
    for (const [, path] of [...paths(pagePath), ...paths(postPath)]) expect((await get(path)).status).toBe(404)
    console.log(
      `page with six blocks and a post written (admin + API): ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  })

  test('the editor adds both to the navigation in Site settings', async () => {
    await admin.goto('/admin/globals/site')
    await admin.locator('#action-save').waitFor()
    await settled(admin)
    const rows = original.site?.navigation?.length ?? 0
    for (const [index, title] of [WORDS.en.page.title, WORDS.en.post.title].entries()) {
      await admin.getByRole('button', { name: 'Add Navigation', exact: true }).click()
      // A new row below the fold renders its fields once scrolled to.
      await admin.locator(`#navigation-row-${rows + index}`).scrollIntoViewIfNeeded()
      await admin.locator(`#field-navigation__${rows + index}__label`).fill(title)
      await choose(admin, `#field-navigation__${rows + index}__doc`, title)
    }
    await settled(admin)
    expect((await publish(admin, 'globals/site')).status).toBe(200)
    // Links to documents that are not published are left out of the site's header.
    expect((await get(`/en/programme`)).text).not.toContain(`href="${pagePath('en')}"`)
  })

  test('published from the admin, both are on the site in every language within the bound, and in the header', async () => {
    const shows = (path: (locale: Locale) => string, title: (locale: Locale) => string) => (locale: Locale) =>
      get(path(locale)).then((answer) => answer.status === 200 && answer.text.includes(title(locale)))
    for (const [collection, path, title] of [
      ['pages', pagePath, (locale: Locale) => WORDS[locale].page.title],
      ['posts', postPath, (locale: Locale) => WORDS[locale].post.title],
    ] as const) {
      await openDoc(admin, collection, collection === 'pages' ? created.page : created.post)
      let saved = 0
      const took = await timeUntil(
        `the published ${collection} on the site in ${LOCALE_CODES.join(', ')}`,
        async () => (saved = (await publish(admin, collection)).status),
        () => everyLocale(shows(path, title)),
      )
      expect(saved).toBe(200)
      console.log(`publish → visible in ${LOCALE_CODES.length} languages (${collection}): ${took}`)
    }
    const inHeader = (locale: Locale) =>
      get(`/${locale}/programme`).then(
        ({ text }) => text.includes(`href="${pagePath(locale)}"`) && text.includes(`href="${postPath(locale)}"`),
      )
    console.log(
      `navigation links on the programme pages: ${await pollUntil('both links in the header', () => everyLocale(inHeader), VISIBLE_WITHIN_MS)} ms`,
    )
  })

  describe.each(LOCALE_CODES)('in %s', (locale) => {
    test('the page shows every block in its language, and axe-core finds no violations', async () => {
      const visitor = await (await newContext()).newPage()
      expect((await visitor.goto(pagePath(locale)))?.status()).toBe(200)
      const { page, blocks } = WORDS[locale]
      expect((await visitor.locator('main h1').innerText()).trim()).toBe(page.title)
      await visitor.locator('.block-rich-text', { hasText: blocks.body }).waitFor()
      const image = visitor.locator('.block-image img')
      expect(await image.getAttribute('alt')).toBe('The cinema hall, empty, before the doors open')
      // The picture reaches anonymous readers once a published page uses it.
      await image.scrollIntoViewIfNeeded()
      expect(
        await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
      ).toBeGreaterThan(0)
      expect((await visitor.locator('.block-image figcaption').innerText()).trim()).toContain(blocks.caption)
      const button = visitor.locator('.block-cta a.button')
      expect((await button.innerText()).trim()).toBe(blocks.cta.label)
      expect(await button.getAttribute('href')).toBe(`/${locale}/programme`)
      expect((await visitor.locator('.block-faq summary').innerText()).trim()).toBe(blocks.faq.question)
      expect((await visitor.locator('.block-screenings h2').innerText()).trim()).toBe(blocks.screenings)
      // The seeded closing night is at the Pathé Palace.
      expect(await visitor.locator('.block-screenings', { hasText: FILM.title[locale] }).count()).toBe(1)
      expect((await visitor.locator('.block-partner-wall h2').innerText()).trim()).toBe(blocks.partners)
      expect(await visitor.locator('.block-partner-wall li').count()).toBeGreaterThan(0)
      const violations = await axeViolations(visitor)
      if (violations.length) console.log(`axe-core on ${visitor.url()}:\n${describeViolations(violations)}`)
      expect(violations.map((violation) => violation.id)).toEqual([])
      await visitor.context().close()
    })

    test.each([
      ['news', () => `/${locale}/news`],
      ['news post', () => postPath(locale)],
      ['guests', () => `/${locale}/guests`],
    ])('the %s page answers 200 and axe-core finds no violations', async (type, path) => {
      const visitor = await (await newContext()).newPage()
      expect((await visitor.goto(path()))?.status()).toBe(200)
      if (type !== 'guests') expect(await visitor.locator('main').innerText()).toContain(WORDS[locale].post.title)
      const violations = await axeViolations(visitor)
      if (violations.length) console.log(`axe-core on ${visitor.url()}:\n${describeViolations(violations)}`)
      expect(violations.map((violation) => violation.id)).toEqual([])
      await visitor.context().close()
    })

    test('RSS 2.0, Atom and JSON Feed 1.1 parse with an independent parser and list the post', async () => {
      const url = `${new URL(postPath(locale), process.env.E2E_BASE_URL)}`
      const title = WORDS[locale].post.title
      const parser = new Parser()
      for (const file of ['feed.xml', 'atom.xml']) {
        const answer = await get(`/${locale}/news/${file}`)
        expect(answer.status).toBe(200)
        const feed = await parser.parseString(answer.text)
        const item = feed.items.find((entry) => entry.link === url)
        expect(item).toMatchObject({ title })
        expect(Number.isNaN(Date.parse(item?.isoDate ?? ''))).toBe(false)
      }
      const answer = await get(`/${locale}/news/feed.json`)
      expect(answer.headers.get('content-type')).toMatch(/^application\/feed\+json/)
      const parsed = JsonFeed11.safeParse(JSON.parse(answer.text))
      if (!parsed.success) console.log(`${locale} JSON Feed:\n${parsed.error.message}`)
      expect(parsed.success).toBe(true)
      expect(parsed.data?.items.find((entry) => entry.url === url)).toMatchObject({ title, id: url })
    })
  })

  test('unpublished from the admin, both answer 404 in every language and leave the header and the feeds', async () => {
    const gone = (path: (locale: Locale) => string) => (locale: Locale) =>
      get(path(locale)).then(({ status }) => status === 404)
    for (const [collection, path] of [
      ['pages', pagePath],
      ['posts', postPath],
    ] as const) {
      await openDoc(admin, collection, collection === 'pages' ? created.page : created.post)
      // Unpublish is in the document's "…" menu, then confirmed.
      await admin.locator('.doc-controls__dots').click()
      await admin.locator('#action-unpublish').click()
      const took = await timeUntil(
        `the unpublished ${collection} gone in ${LOCALE_CODES.join(', ')}`,
        async () => {
          const unpublished = admin.waitForResponse((response) => {
            const url = new URL(response.url())
            return (
              url.pathname.startsWith(`/api/${collection}/`) &&
              response.request().method() === 'PATCH' &&
              url.searchParams.get('autosave') !== 'true'
            )
          })
          await admin.locator('#confirm-action').click()
          expect((await unpublished).status()).toBe(200)
        },
        () => everyLocale(gone(path)),
      )
      console.log(`unpublish → 404 in ${LOCALE_CODES.length} languages (${collection}): ${took}`)
    }
    const left = (locale: Locale) =>
      Promise.all([get(`/${locale}/programme`), get(`/${locale}/news/feed.xml`)]).then(
        ([programme, feed]) => !programme.text.includes(pagePath(locale)) && !feed.text.includes(postPath(locale)),
      )
    await pollUntil('the links and feed items gone', () => everyLocale(left), VISIBLE_WITHIN_MS)
  })
})

describe("the festival's look", () => {
  let admin: Page
  const ACCENT = '#1f5f8b'
  let logo = { id: 0, filename: '' }

  beforeAll(async () => {
    admin = await (await newContext()).newPage()
    await adminLogin(admin, 'editor')
    logo = await uploadImage(editorToken, 'festival-logo.png', await png(480, 160, '#1f5f8b'), { alt: 'Festival logo' })
    created.media.push(logo.id)
  })

  test('a colour too pale to read on the page is refused on its field, naming the ratio', async () => {
    await openDoc(admin, 'editions', original.edition!.id)
    const field = admin.locator('#field-accentColour')
    await field.fill('#f4c430')
    const saved = await publish(admin, 'editions')
    expect(saved.status).toBe(400)
    expect(saved.fieldErrors).toContainEqual(
      expect.objectContaining({
        path: 'accentColour',
        message: expect.stringMatching(/contrast ratio of 1\.\d+:1 .*at least 4\.5:1/),
      }),
    )
    // On the field itself, as readable text (not only a red outline).
    const message = admin.locator('.field-type.error', { has: field }).locator('.field-error')
    await message
      .filter({ hasText: /contrast ratio of 1\.\d+:1 against the page background/ })
      .waitFor({ state: 'visible' })
    // Nothing of it reached the site.
    expect((await get('/en')).text).not.toContain('#f4c430')
  })

  test('a new logo and accent colour show on every page type after the publish', async () => {
    await admin.goto('/admin/globals/site')
    await admin.locator('#action-save').waitFor()
    await settled(admin)
    // The admin renders fields below the fold once scrolled to.
    await admin.locator('.collapsible-field', { hasText: 'Look' }).scrollIntoViewIfNeeded()
    await chooseUpload(admin, '#field-logo', logo.filename)
    await settled(admin)
    expect((await publish(admin, 'globals/site')).status).toBe(200)

    await openDoc(admin, 'editions', original.edition!.id)
    await admin.locator('#field-accentColour').fill(ACCENT)
    await settled(admin)

    const seededPost = await findOne<Post>('posts', 'sort=-publishedAt')
    const pages = LOCALE_CODES.flatMap((locale) => [
      `/${locale}`,
      `/${locale}/programme`,
      `/${locale}/films/${FILM.slug}`,
      `/${locale}/about`,
      `/${locale}/visiting`,
      `/${locale}/news`,
      `/${locale}/news/${seededPost.slug}`,
      `/${locale}/guests`,
      `/${locale}/editions/${original.edition!.slug}`,
    ])
    const stem = logo.filename.replace(/\.png$/, '')
    const showsLook = (text: string) =>
      text.includes(`--accent:${ACCENT}`) && new RegExp(`<img[^>]+class="site-logo"`).test(text) && text.includes(stem)
    const took = await timeUntil(
      `the new look on ${pages.length} pages`,
      async () => expect((await publish(admin, 'editions')).status).toBe(200),
      async () =>
        (await Promise.all(pages.map(get))).every((answer) => answer.status === 200 && showsLook(answer.text)),
      LOOK_VISIBLE_WITHIN_MS,
    )
    console.log(
      `edition publish → accent and logo on ${pages.length} pages (9 types × ${LOCALE_CODES.length} languages): ${took}`,
    )

    const visitor = await (await newContext()).newPage()
    await visitor.goto('/fr/programme')
    const shown = visitor.locator('header .site-logo')
    expect(await shown.getAttribute('alt')).toContain('page d’accueil')
    expect(await shown.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(
      0,
    )
    expect(
      await visitor.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
    ).toBe(ACCENT)
    const violations = await axeViolations(visitor)
    if (violations.length) console.log(`axe-core on ${visitor.url()}:\n${describeViolations(violations)}`)
    expect(violations.map((violation) => violation.id)).toEqual([])
    await visitor.context().close()
  })
})
