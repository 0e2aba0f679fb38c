import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { CONTENT_SECURITY_POLICY, PAGE_READER_FILE, PAGE_READER_POLICY } from './src/core/bridge/csp'

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

/**
 * The page reader frame (src/renderer/src/pageReader/frame.ts) as page-reader.html and one classic
 * script beside index.html. Classic, not a module: the frame's origin is opaque (sandboxed), and a
 * module script from an opaque origin is a cross-origin request the app's files do not answer.
 * Built in the renderer's build, from the same sources; the dev server has no frame (files go to
 * the ingest worker there).
 */
function pageReaderFrame(): Plugin {
  const script = PAGE_READER_FILE.replace(/\.html$/, '.js')
  return {
    name: 'parallax-page-reader',
    apply: 'build',
    async generateBundle() {
      const { build } = await import('vite')
      const built = await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify(appVersion), 'import.meta.env.DEV': 'false' },
        build: {
          write: false,
          minify: !process.env.PARALLAX_FRAME_UNMINIFIED,
          lib: {
            entry: resolve(__dirname, 'src/renderer/src/pageReader/frame.ts'),
            formats: ['iife'],
            name: 'parallaxPageReader',
            fileName: () => script
          }
        }
      })
      const output = (Array.isArray(built) ? built[0] : built) as { output: { type: string; code?: string }[] }
      const chunk = output.output.find((o) => o.type === 'chunk')
      if (!chunk?.code) throw new Error('the page reader frame did not build')
      this.emitFile({ type: 'asset', fileName: script, source: chunk.code })
      this.emitFile({
        type: 'asset',
        fileName: PAGE_READER_FILE,
        source: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${PAGE_READER_POLICY}" />
    <title>Parallax page reader</title>
  </head>
  <body>
    <script src="./${script}"></script>
  </body>
</html>
`
      })
    }
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
    plugins: [react(), contentSecurityPolicy(), pageReaderFrame()],
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
