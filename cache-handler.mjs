// Next's `cacheHandler` (next.config.ts). Next imports it with plain Node at
// `next start`, which cannot load TypeScript: the handler is loaded through tsx.
import { tsImport } from 'tsx/esm/api'

const { default: RedisCacheHandler } = await tsImport('./src/cache/redisCacheHandler.ts', import.meta.url)

export default RedisCacheHandler
