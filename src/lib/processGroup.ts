/** Process groups of detached children: a server and every worker it forks stop together. */
import { setTimeout as sleep } from 'node:timers/promises'

/** Any process of the group still alive (a group outlives its leader when a child ignores SIGTERM). */
export function groupAlive(pid: number | undefined): boolean {
  // -0 would be our own group.
  if (!pid || pid <= 0) return false
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL after `graceMs` (`next start`
 * has been seen to ignore SIGTERM); waits until every process of it has
 * exited. Whether it took SIGKILL.
 */
export async function stopProcessGroup(pid: number | undefined, graceMs = 8_000): Promise<boolean> {
  if (!pid || !groupAlive(pid)) return false
  process.kill(-pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100)
  if (!groupAlive(pid)) return false
  process.kill(-pid, 'SIGKILL')
  while (groupAlive(pid)) await sleep(50)
  return true
}
