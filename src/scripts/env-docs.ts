/** Rewrites the README's environment table from the zod schemas (`npm run docs:env`). */
import fs from 'node:fs'

import { envTable } from '@/lib/envDocs'

const readme = fs.readFileSync('README.md', 'utf8')
const updated = readme.replace(
  /<!-- env:start -->[\s\S]*<!-- env:end -->/,
  `<!-- env:start -->\n${envTable()}\n<!-- env:end -->`,
)
fs.writeFileSync('README.md', updated)
console.log(updated === readme ? 'README.md already up to date.' : 'README.md environment table updated.')
