/**
 * The bench page: a tiny build of bench/browser/main.ts with the app's own store and core, served on
 * the app's origin (bench/browser.ts routes /__bench/ to this build) so that it shares the app's
 * IndexedDB. Not part of the app's bundle.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  base: '/__bench/',
  logLevel: 'warn',
  resolve: { alias: { '@core': resolve(import.meta.dirname, '../../src/core') } },
  // the app's ingest worker (importing.ts) as the app builds it: a module worker, pdf.js's CMaps inline
  worker: { format: 'es' },
  assetsInclude: ['**/*.bcmap'],
  build: {
    outDir: process.env.PARALLAX_BENCH_DIST ?? resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000
  }
})
