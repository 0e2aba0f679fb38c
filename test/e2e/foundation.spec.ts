/**
 * The foundation as a journalist meets it: the sample case on first start, importing by every
 * path (Open, drop, paste), bad files refused with a reason, edits and deletions that survive a
 * reload, undo, and right-to-left text.
 */
import { expect, test } from '@playwright/test'
import { dropFiles, fixture, libraryTitles, openApp, openFiles, pane, SAMPLE } from './helpers'

test('first start opens the sample case with both articles side by side, page chrome gone', async ({ page }) => {
  await openApp(page)
  const left = pane(page, 'left')
  const right = pane(page, 'right')
  await expect(left.locator('.article-title')).toHaveText(SAMPLE.diyarunaTitle)
  await expect(left.locator('.article-meta')).toContainText('By Alaa Hussain')
  await expect(left.locator('.article-text p').first()).toHaveText(/^Iraqi strikes targeting gatherings/)
  await expect(right.locator('.article-title')).toHaveText(SAMPLE.omanTitle)
  await expect(right.locator('.article-text p').first()).toHaveText(/^The desert towns of Al Qaim and Rawa/)
  for (const noise of ['Do you like this article?', '0 Comment(s)', 'SHARE ARTICLE', 'clear sky', 'EDITOR IN CHIEF']) {
    await expect(page.locator('.panes')).not.toContainText(noise)
  }
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  await page.screenshot({ path: 'test-results/sample-case.png' })
})

test('the sample case is created once: a reload keeps one copy, and a deleted sample stays deleted', async ({
  page
}) => {
  await openApp(page)
  await page.reload()
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.caseName)
  await expect(page.locator('.case')).toHaveCount(1)
  await page.getByRole('button', { name: `Delete case ${SAMPLE.caseName}` }).click()
  await expect(page.locator('.case')).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No case open', level: 2 })).toBeVisible()
  await expect(page.locator('.case')).toHaveCount(0)
})

test('Open imports a .txt and an .html page; they are still there after a reload', async ({ page }) => {
  await openApp(page)
  await openFiles(page, [fixture('e2e', 'wire-report.txt'), fixture('e2e', 'saved-page.html')])
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 articles into Al-Qaim (sample)' })).toBeVisible()
  await expect(page.locator('.case.selected .count')).toHaveText('4 articles')
  // The newest import is shown beside the article already open.
  const right = pane(page, 'right')
  await expect(right.locator('.article-title')).toHaveText('Officials dispute toll after desert strike')
  await expect(right.locator('.outlet').first()).toHaveText('Example Ledger')
  await expect(right.locator('.article-meta')).toContainText('15 August 2016')
  await expect(right.locator('.article-text')).toContainText('twelve fighters were killed')
  await expect(right.locator('.article-text')).not.toContainText('Share this article')
  // The page's script never ran and its tracker image never loaded: it is text now.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()

  await page.reload()
  await expect(page.locator('.case.selected .count')).toHaveText('4 articles')
  await expect(libraryTitles(page)).toHaveText([
    SAMPLE.diyarunaTitle,
    SAMPLE.omanTitle,
    'Convoy hit near the border crossing',
    'Officials dispute toll after desert strike'
  ])
  await expect(pane(page, 'right').locator('.article-title')).toHaveText('Officials dispute toll after desert strike')
})

test('dropping files on the window imports them', async ({ page }) => {
  await openApp(page)
  await dropFiles(page, [fixture('e2e', 'wire-report.txt')])
  await expect(pane(page, 'right').locator('.article-title')).toHaveText('Convoy hit near the border crossing')
  await expect(page.locator('.drop-overlay')).toHaveCount(0)
  await expect(page.locator('.case.selected .count')).toHaveText('3 articles')
})

test('a bad file is refused with its name and the reason, and nothing stored changes', async ({ page }) => {
  await openApp(page)
  await openFiles(page, [fixture('e2e', 'not-really-text.txt')])
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('not-really-text.txt')
  await expect(alert).toContainText(/binary|not a text/i)
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  await page.reload()
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
})

test('importing the same file twice keeps one copy and says so', async ({ page }) => {
  await openApp(page)
  await openFiles(page, [fixture('e2e', 'wire-report.txt')])
  await expect(page.locator('.case.selected .count')).toHaveText('3 articles')
  await openFiles(page, [fixture('e2e', 'wire-report.txt')])
  await expect(page.getByRole('status').filter({ hasText: 'already in the case' })).toContainText('wire-report.txt')
  await expect(page.locator('.case.selected .count')).toHaveText('3 articles')
})

test('Ctrl+Shift+V pastes text as an article', async ({ page }) => {
  await openApp(page)
  await page.locator('.pane-scroll').first().click()
  await page.keyboard.press('Control+Shift+V')
  const dialog = page.getByRole('dialog', { name: /Paste an article/ })
  await expect(dialog).toBeVisible()
  await dialog
    .getByLabel(/Text/)
    .fill(
      'Ministry revises casualty figures\n\nThe ministry said on Wednesday that 14 people were killed in the attack, revising an earlier figure.'
    )
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(pane(page, 'right').locator('.article-title')).toHaveText('Ministry revises casualty figures')
  await expect(pane(page, 'right').locator('.article-text')).toHaveText(/14 people were killed/)
})

test('article details are edited, validated, and kept after a reload', async ({ page }) => {
  await openApp(page)
  const right = pane(page, 'right')
  await right.getByRole('button', { name: 'Details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('URL').fill('javascript:alert(1)')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('http')
  await dialog.getByLabel('URL').fill('https://www.omanobserver.om/article/al-qaim')
  await dialog.getByLabel('Outlet').fill('Oman Observer (AFP)')
  await dialog.getByLabel('Published').fill('2017-11-04')
  await dialog.getByLabel('Published').press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(right.locator('.outlet').first()).toHaveText('Oman Observer (AFP)')
  await expect(right.locator('.article-meta')).toContainText('4 November 2017')
  await page.reload()
  await expect(pane(page, 'right').locator('.article-url')).toHaveText('https://www.omanobserver.om/article/al-qaim')
  await expect(pane(page, 'right').locator('.article-meta')).toContainText('4 November 2017')
})

test('deleting an article can be undone, from the notice or with Ctrl+Z, and redone', async ({ page }) => {
  await openApp(page)
  await pane(page, 'right').getByRole('button', { name: 'Delete' }).click()
  await expect(page.locator('.case.selected .count')).toHaveText('1 article')
  await expect(page.locator('.pane')).toHaveCount(1)
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  await expect(libraryTitles(page)).toHaveText([SAMPLE.diyarunaTitle, SAMPLE.omanTitle])

  await pane(page, 'left').getByRole('button', { name: 'Delete' }).click()
  await expect(page.locator('.case.selected .count')).toHaveText('1 article')
  await page.locator('.toolbar').click()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.case.selected .count')).toHaveText('1 article')
  await page.keyboard.press('Control+z')
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  await page.reload()
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
  await expect(libraryTitles(page)).toHaveText([SAMPLE.diyarunaTitle, SAMPLE.omanTitle])
})

test('cases are created, renamed, filtered and deleted from the library', async ({ page }) => {
  await openApp(page)
  await page.keyboard.press('Control+n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case name').fill('Mosul offensive')
  await dialog.getByLabel('Case name').press('Enter')
  await expect(page.locator('.case-title')).toHaveText('Mosul offensive')
  await expect(page.getByText('Mosul offensive has no articles yet')).toBeVisible()

  await page.getByRole('button', { name: 'Rename case Mosul offensive' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename case' })
  await rename.getByLabel('Case name').fill('Mosul offensive 2017')
  await rename.getByRole('button', { name: 'Rename' }).click()
  await expect(page.locator('.case-title')).toHaveText('Mosul offensive 2017')

  await page.getByLabel(/Filter cases/).fill('oman')
  await expect(page.locator('.case')).toHaveCount(1)
  await expect(page.locator('.article-item .title')).toHaveText([SAMPLE.omanTitle])
  await page.getByLabel(/Filter cases/).fill('')
  await expect(page.locator('.case')).toHaveCount(2)

  await page.getByRole('button', { name: 'Delete case Mosul offensive 2017' }).click()
  await expect(page.locator('.case')).toHaveCount(1)
  await page.reload()
  await expect(page.locator('.case-name')).toHaveCount(1)
})

test('Arabic text is shown right to left', async ({ page }) => {
  await openApp(page)
  await openFiles(page, [fixture('e2e', 'arabic-report.txt')])
  const right = pane(page, 'right')
  await expect(right.locator('.article-title')).toHaveText('غارات جوية على القائم')
  await expect(right.locator('.article-text')).toHaveAttribute('dir', 'rtl')
  const direction = await right
    .locator('.article-text p')
    .first()
    .evaluate((p) => getComputedStyle(p).direction)
  expect(direction).toBe('rtl')
})
