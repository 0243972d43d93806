/** Process groups of detached children: a server and every worker it forks stop together. */
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * The live processes of a group, from Linux's /proc; null where there is no
 * /proc. Zombies are left out: where PID 1 does not reap orphans (this
 * project's CI machines), a group whose members all died stays visible to
 * `kill(-pgid, 0)` forever.
 */
export function groupMembers(pgid: number): number[] | null {
  let entries: string[]
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  } catch {
    return null
  }
  return entries.map(Number).filter((pid) => {
    try {
      // After the command name (field 2, which may hold spaces): state, ppid, pgrp.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return Number(group) === pgid && state !== 'Z'
    } catch {
      return false // it ended while we looked
    }
  })
}

/** Any process of the group still alive (a group outlives its leader when a child ignores SIGTERM). */
export function groupAlive(pid: number | undefined): boolean {
  // -0 would be our own group.
  if (!pid || pid <= 0) return false
  const members = groupMembers(pid)
  if (members) return members.length > 0
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
