import { LOCALE_CODES } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'

import { textOnceContains, browserForThisFile } from './browser'
import { DIRECTOR, EDITION_NAME, FILM } from './site'

const newContext = browserForThisFile()

describe.each(LOCALE_CODES)('a visitor browsing in %s', (locale) => {
  test('goes home → programme → film → director by clicking links', async () => {
    const page = await (await newContext()).newPage()
    const h1 = page.locator('h1')
    const lang = () => page.locator('html').getAttribute('lang')

    const home = await page.goto(`/${locale}`)
    expect(home?.status()).toBe(200)
    expect(await lang()).toBe(locale)
    expect(await textOnceContains(h1, EDITION_NAME(locale))).toBe(EDITION_NAME(locale))

    await page.locator(`a[href="/${locale}/programme"]`).first().click()
    await page.waitForURL(`**/${locale}/programme`)
    expect(await textOnceContains(h1, getMessages(locale).programme.title)).toContain(EDITION_NAME(locale))
    expect(await lang()).toBe(locale)

    await page.locator(`a[href="/${locale}/films/${FILM.slug}"]`, { hasText: FILM.title[locale] }).first().click()
    await page.waitForURL(`**/${locale}/films/${FILM.slug}`)
    expect(await textOnceContains(h1, FILM.title[locale])).toBe(FILM.title[locale])
    expect(await lang()).toBe(locale)

    await page.locator(`a[href="/${locale}/people/${DIRECTOR.slug}"]`, { hasText: DIRECTOR.name }).first().click()
    await page.waitForURL(`**/${locale}/people/${DIRECTOR.slug}`)
    expect(await textOnceContains(h1, DIRECTOR.name)).toBe(DIRECTOR.name)
    expect(await lang()).toBe(locale)
  })
})
