import { addEdgeHeaders, withEdgeHeaders } from '@/edge/cacheHandler'
import { sharedCacheHeaders, SHARED_TTL_SECONDS } from '@/edge/headers'
import { answerKeys, MAX_KEYS_PER_ANSWER, purgeKeys, surrogateKey } from '@/edge/keys'
import { changedTags } from '@/data/tags'

describe('surrogate keys', () => {
  test('plain tags are their own key; long or unusual ones a short hash, the same for answers and purges', () => {
    expect(surrogateKey('films:slug:mua-do')).toBe('films:slug:mua-do')
    const long = `films:slug:${'a'.repeat(80)}`
    expect(surrogateKey(long)).toMatch(/^h-[0-9a-f]{16}$/)
    expect(surrogateKey('films:slug:Mưa Đỏ')).toMatch(/^h-[0-9a-f]{16}$/)
    expect(answerKeys([long])).toEqual(purgeKeys([long]))
  })

  test('Next’s path tags are left out', () => {
    expect(answerKeys(['_N_T_/layout', '_N_T_/en/films/mua-do', 'films:slug:mua-do', 'site'])).toEqual([
      'films:slug:mua-do',
      'site',
    ])
  })

  test('past the cap, the collection with most document keys is named as a whole, so any change to it still purges', () => {
    const films = Array.from({ length: 100 }, (_, index) => `films:${index + 1}`)
    const people = Array.from({ length: 10 }, (_, index) => `people:${index + 1}`)
    const keys = answerKeys(['screenings:edition:1', ...films, ...people, 'site'])
    expect(keys.length).toBeLessThanOrEqual(MAX_KEYS_PER_ANSWER)
    expect(keys).toEqual(expect.arrayContaining(['films', 'screenings:edition:1', 'site', ...people]))
    expect(keys.some((key) => key.startsWith('films:'))).toBe(false)
    // A change to film 42 purges `films`, which the answer carries.
    expect(
      purgeKeys(changedTags('films', { id: 42, slug: 'x', _status: 'published' })).some((key) => keys.includes(key)),
    ).toBe(true)
  })
})

describe('edge headers on cache entries', () => {
  const page = () => ({
    kind: 'APP_PAGE' as const,
    html: '<html></html>',
    rscData: undefined,
    status: 200,
    postponed: undefined,
    segmentData: undefined,
    headers: { 'x-next-cache-tags': '_N_T_/layout,films:slug:mua-do,screenings:film:1' } as Record<string, string>,
  })

  test('a page’s entry gets its keys in the three vendors’ headers and the two audiences’ TTLs', () => {
    const value = page()
    addEdgeHeaders(value)
    expect(value.headers).toMatchObject({
      xkey: 'films:slug:mua-do screenings:film:1',
      'surrogate-key': 'films:slug:mua-do screenings:film:1',
      'cache-tag': 'films:slug:mua-do,screenings:film:1',
      'cache-control': 'public, max-age=0, must-revalidate',
      'surrogate-control': `max-age=${SHARED_TTL_SECONDS}, stale-if-error=86400`,
      'cdn-cache-control': `max-age=${SHARED_TTL_SECONDS}, stale-if-error=86400`,
    })
  })

  test('entries without tags (data, images) are left alone', () => {
    const fetched = { kind: 'FETCH' as const, data: { headers: {}, body: '', url: '' }, revalidate: 60 }
    addEdgeHeaders(fetched)
    expect(fetched.data.headers).toEqual({})
    const untagged = { ...page(), headers: {} as Record<string, string> }
    addEdgeHeaders(untagged)
    expect(untagged.headers).toEqual({})
  })

  test('the handler wrapper adds them both to what is stored (a fresh render) and to what is read back', async () => {
    const stored = new Map<string, unknown>()
    class Memory {
      async get(key: string) {
        return (stored.get(key) as never) ?? null
      }
      async set(key: string, data: unknown) {
        stored.set(key, { value: data, lastModified: Date.now() })
      }
      async revalidateTag() {}
    }
    const Handler = withEdgeHeaders(Memory)
    const handler = new Handler({} as never)
    const rendered = page()
    await handler.set('/en/films/mua-do', rendered as never, {} as never)
    // The same object Next answers the first request with.
    expect(rendered.headers.xkey).toBe('films:slug:mua-do screenings:film:1')
    // An entry written without the wrapper (the build's prerendered pages) gets them when read.
    stored.set('/en', { value: { ...page(), headers: { 'x-next-cache-tags': 'site' } }, lastModified: 0 })
    const read = await handler.get('/en', {} as never)
    expect((read?.value as { headers: Record<string, string> }).headers.xkey).toBe('site')
  })

  test('a feed answer given while a publish rebuilds it is shared only briefly', () => {
    expect(sharedCacheHeaders(['films'], 'public, max-age=30', 2)['surrogate-control']).toBe(
      'max-age=2, stale-if-error=86400',
    )
  })
})
