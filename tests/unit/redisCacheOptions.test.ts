import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { cacheKeyPrefix, redactedUrl, redisDatabase } from '@/cache/redisCacheOptions'

test('the Redis database is the URL path, 0 without one', () => {
  expect(redisDatabase('redis://localhost:6379')).toBe(0)
  expect(redisDatabase('redis://localhost:6379/3')).toBe(3)
  expect(() => redisDatabase('redis://localhost:6379/cache')).toThrow(/database number/)
})

test('a password never reaches the logs', () => {
  expect(redactedUrl('redis://user:s3cret@redis:6379/0')).not.toContain('s3cret')
})

test('cache keys are per deploy: explicit prefix, else deployment id, else build id', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'next-'))
  fs.mkdirSync(path.join(dist, 'server'))
  fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'abc123\n')
  const serverDistDir = path.join(dist, 'server')
  expect(cacheKeyPrefix({ explicit: 'run-1:', deploymentId: 'd1', serverDistDir })).toBe('run-1:')
  expect(cacheKeyPrefix({ deploymentId: 'd1', serverDistDir })).toBe('filmweek:d1:')
  expect(cacheKeyPrefix({ serverDistDir })).toBe('filmweek:abc123:')
  expect(() => cacheKeyPrefix({})).toThrow(/REDIS_KEY_PREFIX/)
})
