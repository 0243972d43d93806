/** One run per mode at a time: two would share the app copy, its public/ folder and its logs. */
import fs from 'node:fs'
import path from 'node:path'

export const lockFile = (rootDir: string, mode: string) => path.join(rootDir, '.data/bench', `${mode}.lock`)

/** The pid holding the lock, if that process is still alive (a killed run leaves its file behind). */
export function lockHolder(file: string): number | null {
  if (!fs.existsSync(file)) return null
  const pid = Number(fs.readFileSync(file, 'utf8'))
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

/** Takes the lock or fails naming its holder; returns the release. */
export function lock(file: string): () => void {
  const holder = lockHolder(file)
  if (holder !== null && holder !== process.pid) throw new Error(`another bench run (pid ${holder}) holds ${file}`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, String(process.pid))
  return () => fs.rmSync(file, { force: true })
}
