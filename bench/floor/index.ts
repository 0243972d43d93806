/**
 * The framework's floor: a blank App Router page (a paragraph, its own root
 * layout, no client component) added to the bench's private copy of the app
 * before it builds, so it is built by the same Next, React and
 * next.config.ts as the site, in the same build. It exists in that copy
 * only: never in the working tree, never in production.
 */
import fs from 'node:fs'
import path from 'node:path'

/** A dot in the path: the app's proxy sends other paths without a language to the visitor's (src/proxy.ts). */
export const FLOOR_PATH = '/bench-floor.html'

/** Writes the floor's route group into the copy at `appDir`. */
export function addFloorRoute(appDir: string): void {
  const group = path.join(appDir, 'src/app/(bench-floor)')
  fs.mkdirSync(path.join(group, FLOOR_PATH.slice(1)), { recursive: true })
  fs.copyFileSync(path.join(import.meta.dirname, 'layout.tsx'), path.join(group, 'layout.tsx'))
  fs.copyFileSync(path.join(import.meta.dirname, 'page.tsx'), path.join(group, FLOOR_PATH.slice(1), 'page.tsx'))
}
