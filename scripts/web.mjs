#!/usr/bin/env node
// `npm run web`: Parallax in a browser, for machines where Electron cannot run. Builds the app
// (electron-vite build, as for the desktop app and the end-to-end tests) and serves the built
// renderer, out/renderer, on 127.0.0.1 until stopped. It is the same app: the page finds no
// Electron bridge and uses the browser platform (file inputs for Open, downloads for Save, the
// browser's print dialog for PDF) and the browser's IndexedDB for the library. Files are served as
// built, so the page keeps the Content-Security-Policy it carries; only 127.0.0.1 can connect.
//
//   npm run web                      build, then serve on port 5199 (a free one if it is taken)
//   npm run web -- --port 8080       on this port
//   npm run web -- --no-build        serve the last build as it is
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const site = join(root, 'out', 'renderer')
const HOST = '127.0.0.1'
// The browser keeps the library per address, port included: the same port each time finds it again
const DEFAULT_PORT = 5199

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8'
}

function fail(message, code = 1) {
  process.stderr.write(`npm run web: ${message}\n`)
  process.exit(code)
}

let options
try {
  options = parseArgs({
    options: {
      port: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    },
    strict: true
  }).values
} catch (error) {
  fail(`${error.message}\nusage: npm run web [-- --port PORT] [-- --no-build]`, 2)
}
if (options.help) {
  process.stdout.write(
    'usage: npm run web [-- --port PORT] [-- --no-build]\nBuilds Parallax and serves it on http://127.0.0.1 (a free port unless --port is given) until Ctrl+C.\n'
  )
  process.exit(0)
}
const port = options.port === undefined ? DEFAULT_PORT : Number(options.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${options.port}"`, 2)

if (!options['no-build']) {
  process.stderr.write('Building Parallax (electron-vite build)…\n')
  const electronVite = join(
    dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js'
  )
  const built = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (built.status !== 0) fail('the build failed (its errors are above)')
}
if (!existsSync(join(site, 'index.html')))
  fail(`there is no built app in ${site}: run "npm run web" without --no-build`)

/** The file a request path names inside out/renderer, or undefined (outside it, or not a file). */
function fileFor(urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return undefined
  }
  const file = normalize(join(site, path === '/' ? 'index.html' : path))
  if (file !== site && !file.startsWith(site + sep)) return undefined
  return existsSync(file) && statSync(file).isFile() ? file : undefined
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { Allow: 'GET, HEAD' }).end()
  const file = fileFor(req.url ?? '/')
  if (!file) return res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache'
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
})
let fallback = false
server.on('error', (error) => {
  // the usual port is taken (another Parallax, say): any free one, unless the user chose the port
  if (error.code === 'EADDRINUSE' && options.port === undefined && !fallback) {
    fallback = true
    return server.listen(0, HOST)
  }
  fail(error.code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : error.message)
})
server.on('listening', () => {
  const { port: bound } = server.address()
  process.stdout.write(
    `Parallax is running at http://${HOST}:${bound}/\n` +
      (fallback
        ? `(port ${DEFAULT_PORT} is in use, so another was taken: the library kept at port ${DEFAULT_PORT} is not shown here)\n`
        : '') +
      'Open that address in a browser; the library is kept in that browser, for that address.\n' +
      'Press Ctrl+C to stop.\n'
  )
})
server.listen(port, HOST)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.closeAllConnections()
    server.close(() => process.exit(0))
  })
}
