/**
 * End-to-end tests: the built renderer served over http and driven in Debian's Chromium (no
 * browser download, no Electron binary). Each test gets a fresh browser context, so a fresh
 * IndexedDB: the "first start" of the app.
 */
import { defineConfig } from '@playwright/test'

// PARALLAX_E2E_PORT lets two checkouts run their end-to-end tests at once without sharing a server
const port = Number(process.env.PARALLAX_E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'test/e2e',
  // the tests' own settings, with core's @core/* paths (page-reader.spec.ts reads pages as the CLI does)
  tsconfig: './tsconfig.test.json',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 860 },
    launchOptions: {
      executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync'
      ]
    }
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000
  }
})
