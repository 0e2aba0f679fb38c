#!/usr/bin/env node
// `npm start` and `npm run dev`: electron-vite preview or dev, once Electron's binary is there.
// The electron package installs no binary at `npm install` (it fetches it the first time it is
// required) and electron-vite stops with "Error: Electron uninstall" when it is missing, so this
// runs Electron's own installer first (node_modules/electron/install.js: it honours ELECTRON_MIRROR,
// electron_config_cache and the rest of @electron/get's settings) and, when that fails, says in
// one paragraph what failed and what to do instead of printing a stack trace. An Electron already
// on the machine is used through ELECTRON_OVERRIDE_DIST_PATH, as the electron package does.
//
//   node scripts/start.mjs preview [electron-vite options]   (npm start)
//   node scripts/start.mjs dev [electron-vite options]       (npm run dev)
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const electronPackage = require('electron/package.json')
const electronVersion = electronPackage.version

/** The executable electron's index.js would return, if the binary is there; else undefined. */
function installedElectron() {
  const pathFile = join(electronDir, 'path.txt')
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined
  if (override) return join(override, relative || 'electron')
  if (!relative) return undefined
  const full = join(electronDir, 'dist', relative)
  return existsSync(full) ? full : undefined
}

/** The Node the electron package declares, when this one is older (its installer may still work). */
function nodeBelowInstaller() {
  const wanted = (electronPackage.engines?.node ?? '').match(/(\d+)\.(\d+)/)
  if (!wanted) return ''
  const [major, minor] = process.versions.node.split('.').map(Number)
  const [, wantMajor, wantMinor] = wanted.map(Number)
  return major < wantMajor || (major === wantMajor && minor < wantMinor) ? `${wanted[0]}` : ''
}

/** What the installer said, without its stack: the first line of the error it printed. */
function firstError(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim())
  const line =
    lines.find((l) => /^[A-Za-z]*Error\b|^Error:/.test(l)) ?? lines.find((l) => l !== '' && !l.startsWith('at ')) ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

function cannotStart(what) {
  const older = nodeBelowInstaller()
  process.stderr.write(
    `\nParallax could not start: ${what}\n` +
      `Electron's binary is fetched once, by Electron's own installer, the first time the app starts. ` +
      `To fetch it from a mirror you can reach, set ELECTRON_MIRROR (for example ` +
      `ELECTRON_MIRROR=https://mirror.example/electron/ npm start; the mirror holds ` +
      `v${electronVersion}/electron-v${electronVersion}-<platform>-<arch>.zip). To use an Electron already on ` +
      `this machine, set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds its executable ` +
      `(ELECTRON_OVERRIDE_DIST_PATH=/opt/electron npm start).` +
      (older ? ` The electron package declares Node ${older} or newer; this is Node ${process.versions.node}.` : '') +
      ` Without Electron, "npm run web" runs the same app in your browser.\n\n`
  )
  process.exit(1)
}

function ensureElectron() {
  if (process.env.ELECTRON_EXEC_PATH) return process.env.ELECTRON_EXEC_PATH
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  let executable = installedElectron()
  if (override) {
    if (!executable || !existsSync(executable))
      cannotStart(`ELECTRON_OVERRIDE_DIST_PATH is ${override}, but there is no Electron executable at ${executable}.`)
    return executable
  }
  if (executable) return executable
  process.stderr.write(
    `Electron ${electronVersion}'s binary is not installed yet: fetching it with Electron's installer (once)…\n`
  )
  // @electron/get's debug log names the address it fetches from: kept for the message, shown
  // whole only to someone who asked for debug output
  const asked = process.env.DEBUG
  const env = { ...process.env, DEBUG: asked ? `${asked},@electron/get:index` : '@electron/get:index' }
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    env
  })
  if (install.status !== 0) {
    const log = install.stderr ?? ''
    if (asked) process.stderr.write(log)
    const said = install.error ? install.error.message : firstError(log)
    const from = [...log.matchAll(/ Downloading (\S+) to /g)].pop()?.[1]
    cannotStart(
      `Electron ${electronVersion}'s binary is not installed and could not be fetched${from ? ` from ${from}` : ''}${said ? ` (${said})` : ''}.`
    )
  }
  executable = installedElectron()
  if (!executable)
    cannotStart(`Electron's installer finished, but no Electron executable is in ${join(electronDir, 'dist')}.`)
  return executable
}

const [mode, ...rest] = process.argv.slice(2)
if (mode !== 'preview' && mode !== 'dev') {
  process.stderr.write('usage: node scripts/start.mjs preview|dev [electron-vite options]\n')
  process.exit(2)
}
// electron-vite starts the executable ELECTRON_EXEC_PATH names instead of reading path.txt itself
const env = { ...process.env, ELECTRON_EXEC_PATH: ensureElectron() }
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
const child = spawn(process.execPath, [electronVite, mode, ...rest], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
