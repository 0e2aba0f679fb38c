/**
 * The Node benchmarks built as the app builds its code (Vite: the same transform and bundler, no
 * name-keeping wrappers as tsx adds), into bench/core-main.cjs and cold-main.cjs (and their shared
 * chunks, *.chunk.cjs) beside their sources so that their __dirname-relative paths (fixtures, the
 * jsdiff peer) hold. Dependencies stay in node_modules.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  logLevel: 'warn',
  resolve: { alias: { '@core': resolve(import.meta.dirname, '../src/core') } },
  build: {
    ssr: true,
    outDir: import.meta.dirname,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        'core-main': resolve(import.meta.dirname, 'core-main.ts'),
        'cold-main': resolve(import.meta.dirname, 'cold-main.ts')
      },
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name].chunk.cjs' }
    }
  }
})
