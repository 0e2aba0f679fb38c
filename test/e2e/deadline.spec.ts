/**
 * The reader under deadline (issue 16), as a journalist walks through it with the three al-Qaim
 * articles: the report carries what the Verdicts tab shows, every dashed mark can be reviewed
 * where it is and in the panel, notices keep out of the way of dialogs, one short name per article.
 */
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, openFiles, pane } from './helpers'

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report' })

/** The sample case with the constructed wire story added: three conflicts between suggestions, none accepted. */
async function openThreeArticles(page: Page) {
  await openApp(page)
  await openFiles(page, [fixture('articles', 'al-qaim-constructed-wire.txt')])
  await expect(pane(page, 'right').locator('.article-title')).toHaveText("Air strikes squeeze Islamic State's last Anbar foothold")
  await expect(page.getByRole('tab', { name: /Verdicts/ }).locator('.tab-count')).toHaveText('≠ 3')
}

test('the export says which shown verdicts it leaves out, and one step accepts their claims into the report', async ({ page }) => {
  await openThreeArticles(page)
  await page.getByRole('button', { name: 'Export…' }).click()
  const note = exportDialog(page).getByRole('note')
  await expect(note).toContainText('3 conflicts')
  await expect(note).toContainText('between suggested claims not accepted yet: this report leaves them out')
  await expect(exportDialog(page).locator('pre.export-preview')).toContainText('No claims are linked across articles yet.')

  await note.getByRole('button', { name: /^Accept the \d+ suggested claims behind them$/ }).click()
  await expect(note).toHaveCount(0)
  // the preview is made again from the store once the comparison has stored its links
  const preview = exportDialog(page).locator('pre.export-preview')
  await expect(preview).toContainText('12 vs 15 killed')
  await expect(preview).toContainText('29 vs 28 July')
  await expect(preview).toContainText('11 vs 12 August')
  await expect(preview).not.toContainText('No claims are linked across articles yet.')
})
