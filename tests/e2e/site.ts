import type { Locale } from '@/i18n/locales'
import * as seed from '@/seed/content'

import { baseUrl } from './api'

/** Demo content the tests walk through: what the seed loaded (src/seed/content.ts). */
export const FILM = {
  slug: 'mua-do',
  title: { en: 'Red Rain', fr: 'Pluie rouge', vi: 'Mưa Đỏ' } satisfies Record<Locale, string>,
}
export const DIRECTOR = { slug: 'dang-thai-huyen', name: 'Đặng Thái Huyền' }
export const EDITION_NAME = (locale: Locale) => seed.edition[locale].name

export type Fetched = { status: number; headers: Headers; text: string }

/** A plain GET, as a crawler or a calendar app would: no browser, no JavaScript. */
export async function get(path: string): Promise<Fetched> {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** Polls until `check` holds and returns how long that took; fails naming `what` after `timeoutMs`. */
export async function pollUntil(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`still not ${what} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Date.now() - started
}
