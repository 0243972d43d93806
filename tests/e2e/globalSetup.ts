import { tsImport } from 'tsx/esm/api'

import type * as StartSite from './startSite'

// Jest runs global setup outside its module system, where Node cannot load
// TypeScript: the harness (and the src modules it uses) load through tsx.
export default async function globalSetup(_globalConfig: unknown, project: { rootDir: string }): Promise<void> {
  const { startSite } = (await tsImport('./startSite.ts', import.meta.url)) as typeof StartSite
  await startSite(project.rootDir)
}
