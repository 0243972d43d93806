/**
 * Runs Varnish with the project's VCL (deploy/varnish/default.vcl) in front
 * of one app on this machine: `npm run start:edge`, the edge e2e test and the
 * Varnish adapter's test all start it through here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { stopProcessGroup } from '@/lib/processGroup'

export const VARNISH_MISSING =
  'varnishd not found: install Varnish and the xkey module (Debian/Ubuntu: `apt-get install varnish varnish-modules`).'

// Debian installs daemons in sbin, which a normal user's PATH often leaves out.
const SEARCH = ['/usr/sbin', '/usr/local/sbin', '/opt/varnish/sbin']

/** The varnishd binary on PATH or in the usual sbin folders, or null. */
export function findVarnishd(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...SEARCH].filter(Boolean)
  for (const dir of dirs) {
    const candidate = path.join(dir, 'varnishd')
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

export type EdgeOptions = {
  /** Where visitors (and purges) reach the cache. */
  listen: { host: string; port: number }
  /** The app behind it. */
  backend: { host: string; port: number }
  /** Working folder (Varnish's shared memory log and the generated backends.vcl); created, then removed on stop. */
  workDir?: string
  /** Where the app's deploy/ folder is (default: the current directory). */
  rootDir?: string
  log?: string
}

/** backends.vcl for one app on this machine: the include default.vcl expects. */
export function singleBackendVcl({ host, port }: EdgeOptions['backend']): string {
  return `# Written by src/edge/varnishd.ts: one app on this machine.
probe app_alive { .url = "/api/health"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
backend app { .host = "${host}"; .port = "${port}"; .probe = app_alive; .first_byte_timeout = 120s; }
acl purgers { "127.0.0.1"; "::1"; }
sub choose_backend { set req.backend_hint = app; }
`
}

export type Edge = { child: ChildProcess; exited: Promise<number>; stop: () => Promise<void>; workDir: string }

/** Where the VCL, its include and Varnish's working files are for these options. */
function layout(options: EdgeOptions, workDir: string) {
  const vcl = path.join(options.rootDir ?? process.cwd(), 'deploy/varnish/default.vcl')
  // backends.vcl is found in workDir first; Varnish's own VCL folders after.
  const common = [
    '-f',
    vcl,
    '-p',
    `vcl_path=${workDir}:/usr/share/varnish/vcl:/etc/varnish`,
    '-n',
    path.join(workDir, 'varnish'),
  ]
  fs.mkdirSync(workDir, { recursive: true })
  // Started as root, varnishd compiles and runs as its own unprivileged users, which must read the include.
  fs.chmodSync(workDir, 0o755)
  fs.writeFileSync(path.join(workDir, 'backends.vcl'), singleBackendVcl(options.backend))
  // Each encoding variant is stored as the app sent it (see the VCL): no gunzip per delivery.
  const run = ['-F', '-a', `${options.listen.host}:${options.listen.port}`, ...common, '-p', 'http_gzip_support=off']
  return { common, run: [...run, '-s', 'malloc,256m'] }
}

const temporaryDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'filmweek-edge-'))

/** Compiles the VCL without starting anything; returns the compiler's complaint, or null. */
export function checkVcl(varnishd: string, options: EdgeOptions): string | null {
  const workDir = temporaryDir()
  try {
    const result = spawnSync(varnishd, ['-C', ...layout(options, workDir).common], { encoding: 'utf8' })
    if (result.status === 0) return null
    const message = result.stderr.trim()
    return /xkey/i.test(message)
      ? `${message}\nThe xkey module is missing: install varnish-modules (Debian/Ubuntu: \`apt-get install varnish-modules\`).`
      : message
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * Starts varnishd in the foreground, in its own process group (its manager
 * forks the cache process), and resolves once it answers on `listen`.
 */
export async function startVarnish(options: EdgeOptions): Promise<Edge> {
  const varnishd = findVarnishd()
  if (!varnishd) throw new Error(VARNISH_MISSING)
  const problem = checkVcl(varnishd, options)
  if (problem) throw new Error(`the edge's VCL does not compile:\n${problem}`)
  const workDir = options.workDir ?? temporaryDir()
  const args = layout(options, workDir).run
  const out = options.log ? fs.openSync(options.log, 'a') : 'ignore'
  const child = spawn(varnishd, args, { detached: true, stdio: ['ignore', out, out] })
  if (typeof out === 'number') fs.closeSync(out)
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 0))),
  )
  const stop = async () => {
    await stopProcessGroup(child.pid)
    await exited
    if (!options.workDir) fs.rmSync(workDir, { recursive: true, force: true })
  }
  let done = false
  void exited.then(() => (done = true))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (done)
      throw new Error(
        `varnishd exited before listening on ${options.listen.host}:${options.listen.port}${options.log ? ` (see ${options.log})` : ''}`,
      )
    try {
      await fetch(`http://${options.listen.host}:${options.listen.port}/api/health`, {
        method: 'HEAD',
        signal: AbortSignal.timeout(1_000),
      })
      return { child, exited, stop, workDir }
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`varnishd did not listen on ${options.listen.host}:${options.listen.port} within 30 s`)
      }
      await sleep(100)
    }
  }
}
