import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@core': resolve(__dirname, 'src/core') }
// The same define as electron.vite.config.ts: reports print the app's version.
const appVersion = (JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }).version

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'core', environment: 'node', include: ['test/core/**/*.test.ts', 'test/eval/**/*.test.ts'] }
      },
      {
        resolve: { alias },
        test: { name: 'node', environment: 'node', include: ['test/main/**/*.test.ts', 'test/cli/**/*.test.ts'], globalSetup: ['test/cli/build-cli.setup.ts'] }
      },
      {
        resolve: { alias },
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify(appVersion) },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
          // userEvent types key by key: a long form takes seconds on a loaded 2-core machine
          testTimeout: 20_000
        }
      }
    ]
  }
})
