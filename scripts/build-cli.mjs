#!/usr/bin/env node
// Builds the `parallax` command to plain JavaScript (out/cli), so that no TypeScript compiler runs at
// each call: src/cli/main.ts and the web-page thread (src/cli/pageWorker.ts) bundled with the core
// they use by esbuild (already here under vite and tsx). jsdom, pdf.js, mammoth and JSZip stay in node_modules: it is large,
// loads its own files at run time, and only the page thread needs it. bin/parallax.mjs runs the
// result. Run by `npm install` (prepare), `npm run build` and the CLI tests' setup.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Builds out/cli/main.mjs and out/cli/page-worker.mjs (the name pages.ts starts its thread with). */
export async function buildCli({ quiet = false } = {}) {
  rmSync(join(root, 'out/cli'), { recursive: true, force: true })
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', 'page-worker': 'src/cli/pageWorker.ts' },
    outdir: 'out/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { '@core': './src/core' },
    // the document libraries too: pdf.js loads its worker module by file at run time
    external: ['jsdom', 'pdfjs-dist', 'mammoth', 'jszip'],
    // a bundled CommonJS dependency calls require(): give the ES module one
    banner: {
      js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);"
    },
    // chunks beside the entries: pages.ts finds ./page-worker.mjs next to itself
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'warning' : 'info'
  })
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli({ quiet: process.argv.includes('--quiet') })
