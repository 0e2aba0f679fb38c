import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { CONTENT_SECURITY_POLICY } from './src/core/bridge/csp'

const alias = { '@core': resolve(__dirname, 'src/core') }

/** package.json's version, printed in reports (src/renderer/src/export/version.ts). */
const appVersion = (JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }).version

/** The strict CSP goes into the built page only: the dev server needs inline styles and a websocket. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'parallax-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      )
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: { externalizeDeps: true }
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload cannot require() modules: bundle everything into one CommonJS file.
    build: { externalizeDeps: false, isolatedEntries: true }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias },
    plugins: [react(), contentSecurityPolicy()],
    // pdf.js's packed CMaps, imported `?inline` by the ingest worker (app/documentHost.ts)
    assetsInclude: ['**/*.bcmap'],
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    // module workers: the ingest worker loads pdf.js and mammoth only when a document comes in
    worker: { format: 'es' },
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    }
  }
})
