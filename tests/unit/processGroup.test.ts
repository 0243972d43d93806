import { spawn } from 'node:child_process'

import { groupAlive, groupMembers, stopProcessGroup } from '@/lib/processGroup'

// A shell with a background child: stopped together, the child dies an orphan. Where PID 1 does
// not reap orphans (these machines), it stays a zombie in the group, which must not count as alive.
function shellWithChild() {
  const child = spawn('sh', ['-c', 'sleep 60 & sleep 60'], { detached: true, stdio: 'ignore' })
  return { pid: child.pid ?? 0, exited: new Promise((resolve) => child.once('exit', resolve)) }
}

test('a stopped group is gone, orphans that became zombies included', async () => {
  const { pid, exited } = shellWithChild()
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(groupMembers(pid)).toHaveLength(3)
  expect(groupAlive(pid)).toBe(true)
  expect(await stopProcessGroup(pid, 2_000)).toBe(false)
  await exited
  expect(groupAlive(pid)).toBe(false)
  expect(groupMembers(pid)).toEqual([])
}, 10_000)

test('a group that ignores SIGTERM is killed after the grace period', async () => {
  const child = spawn('sh', ['-c', 'trap "" TERM; sleep 60 & wait'], { detached: true, stdio: 'ignore' })
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(await stopProcessGroup(child.pid, 300)).toBe(true)
  expect(groupAlive(child.pid)).toBe(false)
}, 10_000)
