/**
 * `npm start` on a fresh clone, without the network: Electron's binary is missing, so the start
 * script runs Electron's own installer, which fetches a stand-in "Electron" from a mirror on
 * 127.0.0.1 (ELECTRON_MIRROR), unpacks it, and electron-vite starts it on the app. The stand-in
 * only writes down how it was called. Also: an unreachable mirror gives one clear paragraph, and an
 * Electron already on the machine (ELECTRON_OVERRIDE_DIST_PATH) is started without any download.
 *
 * The clone is a temporary folder: package.json, the start script, a built main entry, and
 * node_modules linked to this checkout's except for a copy of the electron package, so that the
 * installer writes into the copy and never into the real node_modules.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version
const slow = { timeout: 60_000 }

/** A shell script standing in for Electron: records its folder, arguments and working directory. */
const STAND_IN = '#!/bin/sh\nprintf \'%s\\n\' "$0" "$PWD" "$@" > "$PARALLAX_STAND_IN_RECORD"\n'

/** A zip archive of stored (uncompressed) files, with Unix modes, as Electron's releases are zips. */
function zip(files: { name: string; data: Buffer; mode: number }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const f of files) {
    const name = Buffer.from(f.name)
    const crc = crc32(f.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(f.data.length, 18)
    local.writeUInt32LE(f.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix: the external attributes carry the mode
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(f.data.length, 20)
    central.writeUInt32LE(f.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((0o100000 | f.mode) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, f.data)
    centrals.push(central, name)
    offset += local.length + name.length + f.data.length
  }
  const dir = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dir, end])
}

let dir: string
let clone: string
let server: Server
let mirror: string
let requests: string[] = []

/** A fresh clone whose electron package has no binary yet. */
function makeClone(name: string): string {
  const at = join(dir, name)
  mkdirSync(join(at, 'scripts'), { recursive: true })
  mkdirSync(join(at, 'out', 'main'), { recursive: true })
  mkdirSync(join(at, 'node_modules'))
  writeFileSync(join(at, 'package.json'), readFileSync(join(root, 'package.json')))
  writeFileSync(join(at, 'scripts', 'start.mjs'), readFileSync(join(root, 'scripts', 'start.mjs')))
  writeFileSync(join(at, 'out', 'main', 'index.js'), '')
  const modules = join(root, 'node_modules')
  for (const entry of readdirSync(modules)) {
    if (entry === 'electron' || entry === '.bin') continue
    symlinkSync(join(modules, entry), join(at, 'node_modules', entry))
  }
  cpSync(join(modules, 'electron'), join(at, 'node_modules', 'electron'), {
    recursive: true,
    filter: (src) => !/[\\/]electron[\\/](dist|path\.txt)$/.test(src)
  })
  return at
}

function start(
  cwd: string,
  env: Record<string, string>,
  args = ['preview', '--skipBuild']
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const clean = { ...process.env }
    for (const key of Object.keys(clean))
      if (/^(ELECTRON_|electron_)/.test(key) || /_proxy$/i.test(key)) delete clean[key]
    const child = spawn(process.execPath, [join(cwd, 'scripts', 'start.mjs'), ...args], {
      cwd,
      env: {
        ...clean,
        electron_config_cache: join(dir, 'cache'),
        PARALLAX_STAND_IN_RECORD: join(cwd, 'record.txt'),
        ...env
      }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-start-'))
  clone = makeClone('clone')
  const archive = zip([
    { name: 'electron', data: Buffer.from(STAND_IN), mode: 0o755 },
    { name: 'version', data: Buffer.from(`v${electronVersion}`), mode: 0o644 }
  ])
  const file = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`
  const sums = `${createHash('sha256').update(archive).digest('hex')} *${file}\n`
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url === `/v${electronVersion}/${file}`) res.end(archive)
    else if (req.url === `/v${electronVersion}/SHASUMS256.txt`) res.end(sums)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}, 60_000)

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(process.platform === 'win32')('npm start on a fresh clone', () => {
  it('fetches Electron through its own installer from ELECTRON_MIRROR and starts it on the app', slow, async () => {
    requests = []
    const run = await start(clone, { ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1' })
    expect(run.code, run.stderr).toBe(0)
    expect(requests).toContain(
      `/v${electronVersion}/electron-v${electronVersion}-${process.platform}-${process.arch}.zip`
    )
    expect(readFileSync(join(clone, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron')
    const [executable, cwd, ...args] = readFileSync(join(clone, 'record.txt'), 'utf8').trim().split('\n')
    expect(executable).toBe(join(clone, 'node_modules', 'electron', 'dist', 'electron'))
    expect(cwd).toBe(clone)
    expect(args).toEqual(['.'])
  })

  it('starts the installed binary the next time without fetching it again', slow, async () => {
    requests = []
    rmSync(join(clone, 'record.txt'), { force: true })
    const run = await start(clone, { ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1' })
    expect(run.code, run.stderr).toBe(0)
    expect(requests).toEqual([])
    expect(existsSync(join(clone, 'record.txt'))).toBe(true)
  })

  it(
    'says in one paragraph what failed and how to point at a mirror or a local Electron, with no stack trace',
    slow,
    async () => {
      const offline = makeClone('offline')
      const closed = createServer()
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
      const port = (closed.address() as AddressInfo).port
      await new Promise((resolve) => closed.close(resolve))
      const run = await start(offline, { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` })
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('Parallax could not start')
      expect(run.stderr).toContain(`Electron ${electronVersion}'s binary is not installed and could not be fetched`)
      expect(run.stderr).toContain('ELECTRON_MIRROR')
      expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH')
      expect(run.stderr).toContain('npm run web')
      expect(run.stderr).not.toMatch(/^\s+at /m)
      expect(existsSync(join(offline, 'record.txt'))).toBe(false)
    }
  )

  it(
    'starts an Electron already on the machine (ELECTRON_OVERRIDE_DIST_PATH) without fetching anything',
    slow,
    async () => {
      const local = makeClone('local')
      const electronHome = join(dir, 'opt-electron')
      mkdirSync(electronHome)
      writeFileSync(join(electronHome, 'electron'), STAND_IN)
      chmodSync(join(electronHome, 'electron'), 0o755)
      requests = []
      const run = await start(local, { ELECTRON_OVERRIDE_DIST_PATH: electronHome, ELECTRON_MIRROR: mirror })
      expect(run.code, run.stderr).toBe(0)
      expect(requests).toEqual([])
      const [executable, cwd, ...args] = readFileSync(join(local, 'record.txt'), 'utf8').trim().split('\n')
      expect(executable).toBe(join(electronHome, 'electron'))
      expect(cwd).toBe(local)
      expect(args).toEqual(['.'])
    }
  )

  it(
    'names a missing ELECTRON_OVERRIDE_DIST_PATH executable instead of failing inside electron-vite',
    slow,
    async () => {
      const run = await start(makeClone('wrong'), { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') })
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH is ${join(dir, 'nowhere')}`)
      expect(run.stderr).not.toMatch(/^\s+at /m)
    }
  )
})
