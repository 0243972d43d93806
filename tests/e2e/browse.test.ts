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

test('a visitor types the title without accents in the search form and finds the film', async () => {
  const page = await (await newContext()).newPage()
  await page.goto('/vi/search')
  await page.getByLabel(getMessages('vi').search.label).fill('mua do')
  await page.getByRole('button', { name: getMessages('vi').search.submit }).click()
  await page.waitForURL('**/vi/search?q=mua+do')
  const result = page.locator(`main a[href="/vi/films/${FILM.slug}"]`)
  expect((await result.innerText()).trim()).toBe(FILM.title.vi)
})

test('every choice the programme filters offer matches at least one screening on the page', async () => {
  const page = await (await newContext()).newPage()
  await page.goto('/en/programme')
  const offered = await page.locator('form.programme-filters select').evaluateAll((selects) =>
    (selects as HTMLSelectElement[]).map((select) => ({
      key: select.name,
      values: [...select.options].map((option) => option.value).filter(Boolean),
    })),
  )
  // Each filter reads the attribute of its name on the screening rows (data-day, data-access, …).
  const rows = await page
    .locator('[data-screening]')
    .evaluateAll((elements) => elements.map((element) => ({ ...(element as HTMLElement).dataset })))
  expect(rows.length).toBeGreaterThan(0)
  expect(offered.map(({ key }) => key)).toEqual(expect.arrayContaining(['day', 'venue']))
  const unmatched = offered.flatMap(({ key, values }) =>
    values
      .filter((value) => !rows.some((row) => (row[key] ?? '').split(' ').includes(value)))
      .map((value) => `${key}=${value}`),
  )
  expect(unmatched).toEqual([])
  // A filter whose only choice would be "any" is not offered at all.
  expect(offered.filter(({ values }) => values.length === 0)).toEqual([])
})
