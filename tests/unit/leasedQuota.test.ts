import { RateLimiterMemory } from 'rate-limiter-flexible'

import { LeasedQuota, type SharedCounter } from '@/api/v1/leasedQuota'

/** A shared counter (what PostgreSQL is across instances) that counts its writes. */
function sharedCounter(points: number) {
  const limiter = new RateLimiterMemory({ points, duration: 60 })
  const writes = { count: 0 }
  const counter: SharedCounter = {
    consume: (key, n) => {
      writes.count += 1
      return limiter.consume(key, n)
    },
    reward: (key, n) => {
      writes.count += 1
      return limiter.reward(key, n)
    },
  }
  return { counter, writes }
}

async function spendMany(quota: LeasedQuota, key: string, times: number) {
  const answers = []
  for (let i = 0; i < times; i += 1) answers.push(await quota.spend(key))
  return answers
}

describe('leased quota', () => {
  test('serves exactly the limit, then refuses, with far fewer writes than requests', async () => {
    const { counter, writes } = sharedCounter(1000)
    const answers = await spendMany(new LeasedQuota(counter), 'k', 1010)
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(1000)
    expect(answers.slice(1000).every((answer) => !answer.allowed && answer.msBeforeNext > 0)).toBe(true)
    expect(answers[999].remaining).toBe(0)
    // Leases shrink near the limit, and refusals are remembered until the window ends.
    expect(writes.count).toBeLessThan(120)
  })

  test('a small quota is counted point by point: remaining goes down by one', async () => {
    const { counter } = sharedCounter(5)
    const answers = await spendMany(new LeasedQuota(counter), 'k', 6)
    expect(answers.map((answer) => answer.remaining)).toEqual([4, 3, 2, 1, 0, 0])
    expect(answers.map((answer) => answer.allowed)).toEqual([true, true, true, true, true, false])
  })

  test('several instances never serve more than the limit together, and lose at most their leases', async () => {
    const { counter } = sharedCounter(600)
    const instances = [new LeasedQuota(counter), new LeasedQuota(counter), new LeasedQuota(counter)]
    let served = 0
    for (let round = 0; round < 400; round += 1) {
      for (const instance of instances) if ((await instance.spend('k')).allowed) served += 1
    }
    expect(served).toBeLessThanOrEqual(600)
    expect(served).toBeGreaterThan(600 - instances.length * 10)
  })

  test('concurrent requests of one key share one renewal', async () => {
    const { counter, writes } = sharedCounter(1000)
    const quota = new LeasedQuota(counter)
    await quota.spend('k')
    const before = writes.count
    const answers = await Promise.all(Array.from({ length: 50 }, () => quota.spend('k')))
    expect(answers.every((answer) => answer.allowed)).toBe(true)
    expect(writes.count - before).toBeLessThanOrEqual(2)
  })

  test('keys are counted apart', async () => {
    const { counter } = sharedCounter(1)
    const quota = new LeasedQuota(counter)
    expect((await quota.spend('a')).allowed).toBe(true)
    expect((await quota.spend('a')).allowed).toBe(false)
    expect((await quota.spend('b')).allowed).toBe(true)
  })
})
