import { tsImport } from 'tsx/esm/api'

import type * as State from './state'

export default async function globalTeardown(): Promise<void> {
  const { stopAll } = (await tsImport('./state.ts', import.meta.url)) as typeof State
  await stopAll()
}
