/** Payload documents as the data layer returns them (depth 0: relationships are ids), for pure unit tests. */
import type { Edition, Film, Organisation, Person, Screening, Venue } from '@/payload-types'

const stamps = { createdAt: '2025-10-01T08:00:00.000Z', updatedAt: '2025-11-20T09:30:00.000Z' }

export const film = (overrides: Partial<Film> = {}): Film => ({
  id: 1,
  originalTitle: 'Mưa Đỏ',
  title: 'Red Rain',
  slug: 'mua-do',
  year: 2025,
  runtime: 124,
  countries: ['VN'],
  languages: ['vi'],
  ...stamps,
  ...overrides,
})

export const venue = (overrides: Partial<Venue> = {}): Venue => ({
  id: 10,
  name: 'Pathé Palace',
  slug: 'pathe-palace',
  address: { street: '2 boulevard des Capucines', postalCode: '75009', city: 'Paris', country: 'FR' },
  coordinates: { latitude: 48.8706, longitude: 2.3317 },
  ...stamps,
  ...overrides,
})

export const person = (overrides: Partial<Person> = {}): Person => ({
  id: 100,
  name: 'Đặng Thái Huyền',
  slug: 'dang-thai-huyen',
  alternateName: 'Dang Thai Huyen',
  ...stamps,
  ...overrides,
})

export const screening = (overrides: Partial<Screening> = {}): Screening => ({
  id: 7,
  film: 1,
  edition: 1000,
  venue: 10,
  // 20:00 in Paris (winter time, UTC+1).
  start: '2025-12-13T19:00:00.000Z',
  start_tz: 'Europe/Paris',
  end: '2025-12-13T21:04:00.000Z',
  icsSequence: 0,
  status: 'scheduled',
  ...stamps,
  ...overrides,
})

export const edition = (overrides: Partial<Edition> = {}): Edition => ({
  id: 1000,
  name: 'Vietnamese Film Week 2025',
  theme: 'Journey of Light',
  slug: 'vietnamese-film-week-2025',
  city: 'Paris',
  startDate: '2025-12-08T12:00:00.000Z',
  endDate: '2025-12-13T12:00:00.000Z',
  ...stamps,
  ...overrides,
})

export const organisation = (overrides: Partial<Organisation> = {}): Organisation => ({
  id: 500,
  name: 'Vietnamese Film Development Association',
  shortName: 'VFDA',
  slug: 'vfda',
  kind: 'association',
  website: 'https://vfda.example',
  ...stamps,
  ...overrides,
})
