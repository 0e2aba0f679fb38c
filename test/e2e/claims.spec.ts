/**
 * Tagging claims as a journalist does it, with the keyboard, on the sample case: one of each kind
 * in each pane, a value edited, undo and redo, a reload — and the claims panel finding them.
 */
import { expect, test, type Page } from '@playwright/test'
import { openApp, pane, selectText } from './helpers'

const editor = (page: Page) => page.getByRole('dialog', { name: /claim$/ })

async function tag(page: Page, side: 'left' | 'right', text: string, key: string) {
  await selectText(page, side, text)
  await expect(page.getByRole('toolbar', { name: 'Tag the selection as a claim' })).toBeVisible()
  await page.keyboard.press(key)
  await expect(editor(page)).toBeVisible()
}

test('tags one claim of each kind in each pane with the keyboard; edits, undo, redo and reload keep them', async ({
  page
}) => {
  await openApp(page)

  // Left pane (Diyaruna): the value editor opens pre-filled from the text.
  await tag(page, 'left', 'killed 12 senior ISIL leaders', 'c')
  await expect(editor(page).getByLabel('Outcome')).toHaveValue('killed')
  await expect(editor(page).getByLabel('At least')).toHaveValue('12')
  await editor(page).getByLabel('Who').fill('senior ISIL leaders')
  await editor(page).getByLabel('Who').press('Enter')
  await expect(editor(page)).toHaveCount(0)

  await tag(page, 'left', 'July 29th', 'd')
  await expect(editor(page).getByLabel('ISO date')).toHaveValue('--07-29')
  await page.keyboard.press('Escape')
  await tag(page, 'left', 'Interior Ministry spokesman Brig. Gen. Saad Maan told Diyaruna', 'a')
  await expect(editor(page).getByLabel('Speaker')).toHaveValue('Saad Maan')
  await page.keyboard.press('Escape')
  await tag(page, 'left', 'more than 300 kilometres', '4')
  await page.keyboard.press('Escape')
  await tag(page, 'left', 'Fateh al-Sham Front', 'o')
  await editor(page).getByLabel('Value').fill('new name of al-Nusra Front')
  await editor(page).getByRole('button', { name: 'Save' }).click()

  // Right pane (Oman Observer).
  await tag(page, 'right', 'over 1,500 IS fighters', 'q')
  await page.keyboard.press('Escape')
  await expect(page.locator('.claim-row', { hasText: 'over 1,500 IS fighters' })).toContainText('1,500')
  await tag(page, 'right', 'June 2014', 'd')
  await expect(editor(page).getByLabel('ISO date')).toHaveValue('2014-06')
  await page.keyboard.press('Escape')
  await tag(page, 'right', 'An Iraqi general estimates', 'a')
  await editor(page).getByLabel('Speaker').fill('an Iraqi general')
  await editor(page).getByLabel('Speaker').press('Enter')
  await tag(page, 'right', 'the last big fight', 'o')
  await page.keyboard.press('Escape')
  await tag(page, 'right', 'crack government troops', 'c')
  await editor(page).getByLabel('Outcome').selectOption('captured')
  await editor(page).getByLabel('Vague amount').fill('some')
  await editor(page).getByLabel('Vague amount').press('Enter')

  const leftMarks = pane(page, 'left').locator('.hl')
  const rightMarks = pane(page, 'right').locator('.hl')
  for (const kind of ['casualty', 'date', 'attribution', 'quantity', 'other']) {
    await expect(pane(page, 'left').locator(`.hl-${kind}`).first()).toBeVisible()
    await expect(pane(page, 'right').locator(`.hl-${kind}`).first()).toBeVisible()
  }
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(10)

  // Undo the last edit (captured → killed), redo it, undo the tagging of the last claim, redo.
  await page.locator('.toolbar').click()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.claim-row', { hasText: 'crack government troops' })).not.toContainText('captured')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.claim-row', { hasText: 'crack government troops' })).toContainText('some captured')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(9)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(10)
  await expect(page.locator('.claim-row', { hasText: 'crack government troops' })).toContainText('killed')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.claim-row', { hasText: 'crack government troops' })).toContainText('some captured')

  // What undo and redo restored is what is stored.
  await page.reload()
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(10)
  await expect(page.locator('.claim-row', { hasText: 'killed 12 senior ISIL leaders' })).toContainText(
    '12 killed (senior ISIL leaders)'
  )
  await expect(page.locator('.claim-row', { hasText: 'crack government troops' })).toContainText('some captured')
  await expect(leftMarks).not.toHaveCount(0)
  await expect(rightMarks).not.toHaveCount(0)

  // The README's picture: claims highlighted in both panes, the panel open.
  await page.setViewportSize({ width: 1680, height: 980 })
  await page.locator('.claim-row', { hasText: 'killed 12 senior ISIL leaders' }).click()
  await pane(page, 'right')
    .locator('.pane-scroll')
    .evaluate((el) => (el.scrollTop = 0))
  await expect(page.locator('.notice-progress')).toHaveCount(0, { timeout: 15_000 })
  await page.waitForTimeout(1500) // the selection's flash fades
  await page.screenshot({ path: 'test-results/claims.png' })

  // The panel filters and its search finds them.
  await page.locator('.kind-filters').getByRole('button', { name: 'Date' }).click()
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(2)
  await page.locator('.kind-filters').getByRole('button', { name: 'Date' }).click()
  await page.getByLabel('Search claims').fill('al-nusra')
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(1)
  await expect(page.locator('.claims-panel .claim-row')).toContainText('Fateh al-Sham Front')
  await page.getByLabel('Search claims').fill('')
  await page.getByLabel('Filter by article').selectOption({ label: 'Oman Observer — Al Qaim last IS bastion' })
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(5)
})

test('selecting a claim in the panel scrolls its pane to it and flashes it; clicking a highlight opens its editor', async ({
  page
}) => {
  await openApp(page)
  await tag(page, 'left', 'withstand the pressure it is facing much longer', 'o')
  await page.keyboard.press('Escape')
  await pane(page, 'left')
    .locator('.pane-scroll')
    .evaluate((el) => (el.scrollTop = 0))
  await page.locator('.claim-row').first().click()
  const mark = pane(page, 'left').locator('.hl-other')
  await expect(mark).toBeInViewport()
  await expect(mark).toHaveClass(/hl-selected/)
  await mark.click()
  await expect(editor(page)).toBeVisible()
  await expect(editor(page).locator('.claim-quote')).toContainText('withstand the pressure')
})

test('a deleted claim comes back with undo, highlight and all', async ({ page }) => {
  await openApp(page)
  await tag(page, 'right', 'June 2014', 'd')
  await editor(page).getByRole('button', { name: 'Delete claim' }).click()
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(0)
  await expect(pane(page, 'right').locator('.hl')).toHaveCount(0)
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(1)
  await expect(pane(page, 'right').locator('.hl-date')).toHaveText('June 2014')
})

test('replacing an article’s text re-anchors its claims, orphans the one whose quote is gone, and it can be re-attached', async ({
  page
}) => {
  await openApp(page)
  await tag(page, 'right', 'June 2014', 'd')
  await page.keyboard.press('Escape')
  await tag(page, 'right', 'over 1,500 IS fighters', 'q')
  await page.keyboard.press('Escape')
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(2)

  const paragraphs = await pane(page, 'right').locator('.article-text p').allTextContents()
  const newer = ['Iraqi forces said on Friday they had reached the outskirts of Al Qaim.', ...paragraphs]
    .join('\n\n')
    .replace(
      'An Iraqi general estimates there are over 1,500 IS fighters left around Al Qaim.',
      'An Iraqi general now puts the number of IS fighters left around Al Qaim at about 1,200.'
    )
  await pane(page, 'right').getByRole('button', { name: 'Replace…' }).click()
  const dialog = page.getByRole('dialog', { name: /Replace the text/ })
  await dialog.getByLabel('New text').fill(newer)
  await dialog.getByRole('button', { name: 'Replace' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Replaced the text' })).toContainText(
    '1 of 2 claims found their place'
  )

  await expect(pane(page, 'right').locator('.article-text p').first()).toHaveText(/reached the outskirts/)
  await expect(pane(page, 'right').locator('.hl-date')).toHaveText('June 2014')
  await expect(page.locator('.orphan-banner')).toContainText('1 claim lost its place')
  const orphan = page.locator('.claim-row.orphan')
  await expect(orphan).toContainText('over 1,500 IS fighters')

  // Re-attach it to the new figure: choose it, select the text, press Enter.
  await orphan.click()
  await selectText(page, 'right', 'about 1,200')
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Re-attach here' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator('.claim-row.orphan')).toHaveCount(0)
  await expect(pane(page, 'right').locator('.hl-quantity')).toHaveText('about 1,200')

  // Undo twice: the claim is orphaned again, then the old text is back with both claims in place.
  await page.locator('.toolbar').click()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.claim-row.orphan')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(pane(page, 'right').locator('.hl-quantity')).toHaveText('over 1,500 IS fighters')
  await expect(page.locator('.claim-row.orphan')).toHaveCount(0)
})
