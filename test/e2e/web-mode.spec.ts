/**
 * Browser mode as a user starts it: `npm run web` (here with --no-build: `npm run test:e2e` has
 * just built the app, and a rebuild would pull the files from under the other specs' server) on a
 * port of its own, the address it prints opened in Chromium. The same app: the first start shows
 * the Aleppo sample and its conflict, the page keeps its Content-Security-Policy, and the library survives a reload.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { SAMPLE } from './helpers'

const root = join(__dirname, '..', '..')
let server: ChildProcess | undefined
let address = ''

test.beforeAll(async () => {
  server = spawn('npm', ['run', 'web', '--', '--no-build', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  address = await new Promise<string>((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`npm run web printed no address in 30 s:\n${out}\n${err}`)), 30_000)
    server!.stderr!.on('data', (d) => (err += d))
    server!.stdout!.on('data', (d) => {
      out += d
      const found = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (found) {
        clearTimeout(timer)
        resolve(found[1]!)
      }
    })
    server!.on('exit', (code) => reject(new Error(`npm run web exited with ${code}:\n${out}\n${err}`)))
  })
})

test.afterAll(() => {
  // npm starts node: stop the whole group it leads
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
})

test('npm run web serves the app on 127.0.0.1: the first start shows two reports that disagree on the toll', async ({
  page
}) => {
  const response = await page.goto(address)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-type']).toMatch(/^text\/html/)
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.firstCaseName)
  await expect(page.locator('.pane')).toHaveCount(2)
  await expect(page.locator('.case')).toHaveCount(2)
  await expect(page.locator('.article-meta time')).toHaveCount(2)
  // the comparison runs by itself: the Verdicts tab holds the conflict on the toll
  await page.getByRole('tab', { name: /^Verdicts/ }).click()
  await expect(page.locator('.verdict-row[data-verdict="conflict"]').filter({ hasText: 'killed' }).first()).toBeVisible(
    { timeout: 15_000 }
  )
  await page.screenshot({ path: 'test-results/first-start.png' })
  // the built page's policy is served as built
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'none'/
  )
  // the library lives in this browser's IndexedDB: a reload finds the same cases
  const cases = await page.locator('.case').count()
  await page.reload()
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.firstCaseName)
  await expect(page.locator('.case')).toHaveCount(cases)
})

test('npm run web answers only for the built files', async ({ request }) => {
  expect((await request.get(`${address}no-such-file.js`)).status()).toBe(404)
  expect((await request.get(`${address}..%2f..%2fpackage.json`)).status()).toBe(404)
  expect((await request.post(address)).status()).toBe(405)
})
