/**
 * Pages that once froze the window or never finished importing: each is refused with the file's
 * name and the reason, the library unchanged, and the window answers while the import works (a
 * page is read in the page reader frame, in a process of its own, off the window's thread).
 */
import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { attributeHeavyDeepPage, largePages } from '../fixtures/hostile/ingest/large'
import { fixture, openApp, openFiles } from './helpers'

test('the deeply nested page is refused with its name and the reason; the window stays usable', async ({ page }) => {
  await openApp(page)
  await openFiles(page, [
    fixture('hostile', 'ingest', 'nested-divs.html'),
    fixture('hostile', 'ingest', 'misnested-bold.html')
  ])
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'nested-divs.html: nests its elements more than 128 levels deep, more than Parallax reads (128)'
  )
  await expect(alert).toContainText('misnested-bold.html: nests its elements more than 128 levels deep')
  await page.locator('.toolbar').getByRole('button', { name: 'Paste…' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
})

test('a 19 MB page is prepared off the window’s thread: the window answers while it works, then refuses it', async ({
  page
}, info) => {
  test.setTimeout(90_000)
  await openApp(page)
  const path = info.outputPath('attributes-then-depth.html')
  writeFileSync(path, attributeHeavyDeepPage())
  // the page goes to the page reader frame (below), not through the window's thread
  await openFiles(page, [path])
  // the progress notice is read from the page while the import is under way: the window's thread answered
  const importing = page.getByRole('status').filter({ hasText: 'Importing attributes-then-depth.html (1 of 1)' })
  await expect(importing).toBeVisible()
  await page.locator('.toolbar').getByRole('button', { name: 'Paste…' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alert')).toContainText(
    'attributes-then-depth.html: nests its elements more than 128 levels deep',
    { timeout: 60_000 }
  )
  await expect(importing).toHaveCount(0)
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  const reader = page.frames().find((f) => f.url().endsWith('/page-reader.html'))!
  expect(await reader.evaluate(() => document.body.dataset.filesRead)).toBe('1')
})

test('every generated large page is refused with its name and the limit it crosses', async ({ page }, info) => {
  test.setTimeout(120_000)
  await openApp(page)
  const pages = largePages()
  const paths = pages.map((p) => {
    const path = info.outputPath(p.name)
    writeFileSync(path, p.html)
    return path
  })
  await openFiles(page, paths)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(`${pages.length} could not be imported`, { timeout: 90_000 })
  for (const p of pages) await expect(alert).toContainText(`${p.name}: `)
  await expect(alert).toContainText('deep-19mb.html: nests its elements more than 128 levels deep')
  await expect(alert).toContainText('siblings-19mb.html: has more than 60,000 elements')
  await expect(alert).toContainText('giant-pre.html: holds more than 5,000,000 characters of text')
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
})
