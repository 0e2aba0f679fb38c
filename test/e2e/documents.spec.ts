/**
 * PDF and Word files in the app: opened and dropped, read in the ingest worker (pdf.js and mammoth
 * in the browser), refused with a reason when they hold no text, and a PDF claim's page shown.
 */
import { expect, test } from '@playwright/test'
import { dropFiles, fixture, openApp, openFiles, pane } from './helpers'

test('Open imports a two-column PDF and an Arabic Word file; the PDF reads in order and its claims give their page', async ({
  page
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openApp(page)
  await openFiles(page, [fixture('documents', 'two-column-article.pdf'), fixture('documents', 'arabic-report.docx')])
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 articles into Al-Qaim (sample)' })).toBeVisible({
    timeout: 20_000
  })
  await expect(page.locator('.case.selected .count')).toHaveText('4 articles')

  await page
    .locator('.case.selected .article-item .title', { hasText: 'Noose tightening around ISIL in al-Qaim' })
    .last()
    .click()
  const shown = page.locator('.pane').filter({ hasText: 'By Alaa Hussain in Baghdad' }).first()
  await expect(shown.locator('.article-text')).toContainText(
    'Among those killed was Abu Taha al-Azzawi, a prominent member with close ties to ISIL leader Abu Bakr al-Baghdadi'
  )
  await expect(shown.locator('.article-text')).not.toContainText('file://')
  await page.getByRole('button', { name: 'Suggest claims' }).click()
  // the PDF's claims (the same article as the sample's, which has no pages) say where they stand
  await page
    .getByRole('combobox', { name: 'Filter by article' })
    .selectOption({ label: 'two column article — Noose tightening around ISIL in al-Qaim' })
  await expect(page.locator('.claim-page').first()).toHaveText(' · p. 1', { timeout: 15_000 })

  const arabic = page.locator('.case.selected .article-item .title', { hasText: 'انقطاع الكهرباء يشل مدينة البصرة' })
  await arabic.click()
  const rtl = page.locator('.pane').filter({ hasText: 'ردود الفعل' }).first()
  await expect(rtl.locator('.article-text')).toHaveAttribute('dir', 'rtl')
  await expect(rtl.locator('.notes summary')).toHaveText('1 note')
  expect(errors).toEqual([])
})

test('a dropped scan is refused with its reason and a dropped Word file comes in', async ({ page }) => {
  await openApp(page)
  await dropFiles(page, [fixture('documents', 'scanned-page.pdf'), fixture('documents', 'footnotes.docx')])
  await expect(page.getByRole('status').filter({ hasText: '1 could not be imported' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText(/scanned-page\.pdf.*has no text layer/)).toBeVisible()
  await expect(page.locator('.case.selected .count')).toHaveText('3 articles')
  await expect(pane(page, 'right').locator('.article-text')).toHaveText('Ouch[1].[2]')
})

test('the image bomb is refused by name and reason, and the case is unchanged', async ({ page }) => {
  await openApp(page)
  await openFiles(page, [fixture('documents', 'bomb_giant.pdf')])
  // refused before pdf.js opens it: well within the acceptance's 10 s
  await expect(page.getByText(/bomb_giant\.pdf.*declares an image of 100,000 × 100,000 pixels/)).toBeVisible({
    timeout: 10_000
  })
  await expect(page.getByRole('alert').filter({ hasText: '1 could not be imported' })).toBeVisible()
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
})

test('a Chinese PDF whose font needs a CMap imports its text (the CMaps are bundled, nothing fetched)', async ({
  page
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openApp(page)
  await openFiles(page, [fixture('documents', 'cjk-predefined-cmap.pdf')])
  await expect(page.getByRole('status').filter({ hasText: 'Imported “卡伊姆空袭”' })).toBeVisible({ timeout: 20_000 })
  await page.locator('.case.selected .article-item .title', { hasText: '卡伊姆空袭' }).click()
  await expect(page.locator('.article-text').filter({ hasText: '内政部发言人说' }).first()).toContainText(
    '打死了十二名高级指挥官'
  )
  expect(errors).toEqual([])
})

test('importing several files shows which one is read, and how far into a long PDF', async ({ page }) => {
  await openApp(page)
  // every progress line the notices show, however briefly (the worker reads a few pages in a second)
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = [])
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]'))
        if (!seen.includes(el.textContent ?? '')) seen.push(el.textContent ?? '')
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await dropFiles(page, [
    fixture('documents', 'two-column-article.pdf'),
    fixture('documents', 'footnotes.docx'),
    fixture('documents', 'arabic-report.pdf')
  ])
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 articles' })).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.case.selected .count')).toHaveText('5 articles')
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'))
  // pdf.js reports every tenth page and the last
  expect(seen).toContain('Importing two-column-article.pdf (page 3 of 3; 1 of 3)')
  expect(seen).toContain('Importing footnotes.docx (2 of 3)')
  expect(seen).toContain('Importing arabic-report.pdf (3 of 3)')
})

test('an article’s text is replaced from a Word file as an import reads it (in the ingest worker; it was refused here before)', async ({
  page
}) => {
  await openApp(page)
  await pane(page, 'right').getByRole('button', { name: 'Replace…' }).click()
  const dialog = page.getByRole('dialog', { name: /Replace the text/ })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose a file instead…' }).click()
  await (await chooser).setFiles(fixture('documents', 'footnotes.docx'))
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Replaced the text' })).toBeVisible({ timeout: 20_000 })
  await expect(pane(page, 'right').locator('.article-text p')).toHaveText(['Ouch[1].[2]'])
})
