/**
 * Suggestions as a journalist reviews them: asked for, shown dashed, accepted with Enter, rejected
 * with Backspace (and never back), accepted a kind at a time, never on top of a claim made by hand.
 */
import { expect, test } from '@playwright/test'
import { fixture, openApp, openFiles, pane, selectText } from './helpers'

const rows = (page: import('@playwright/test').Page) => page.locator('.claims-panel .claim-row')
const pendingRows = (page: import('@playwright/test').Page) => page.locator('.claims-panel .claim-row.pending')
/** How many suggestions wait for review, as the panel says (its list is virtualised: not every row is in the page). */
const toReview = async (page: import('@playwright/test').Page) =>
  Number((await page.locator('.review-bar button.link').textContent())?.match(/\d+/)?.[0] ?? 0)

test('suggests claims, accepts with Enter, rejects with Backspace, and a rejection stays rejected', async ({
  page
}) => {
  await openApp(page)
  // A claim made by hand first: no suggestion may sit on it.
  await selectText(page, 'left', 'July 29th')
  await page.keyboard.press('d')
  await page.keyboard.press('Escape')

  await page.locator('.claims-panel').getByRole('button', { name: 'Suggest claims' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'suggested claims to review' })).toBeVisible()
  await expect(pane(page, 'left').locator('.hl-suggestion').first()).toBeVisible()
  await expect(pane(page, 'right').locator('.hl-suggestion').first()).toBeVisible()
  await expect(page.locator('.review-bar button.link')).toContainText('to review')
  const suggested = await toReview(page)
  expect(suggested).toBeGreaterThan(10)
  // The hand-made date keeps its place: the first July 29th is not suggested again.
  const manual = pane(page, 'left').locator('.hl-date:not(.hl-suggestion)')
  await expect(manual).toHaveText(['July 29th'])
  await expect(manual.locator('.hl-date.hl-suggestion')).toHaveCount(0)
  await expect(pane(page, 'left').locator('.hl-date.hl-suggestion').filter({ has: manual })).toHaveCount(0)

  // Accept one from the panel with Enter.
  await pendingRows(page).filter({ hasText: 'killed 12 senior ISIL leaders' }).click()
  await page.keyboard.press('Enter')
  const accepted = rows(page).filter({ hasText: 'killed 12 senior ISIL leaders' })
  await expect(accepted).not.toHaveClass(/pending/)
  await expect(accepted).toContainText('12 killed')
  await expect(accepted).toContainText('suggested')

  // Reject one with Backspace from its highlight.
  await pane(page, 'right').locator('.hl-suggestion', { hasText: 'June 2014' }).click()
  await page.keyboard.press('Backspace')
  await expect(pane(page, 'right').locator('.hl-suggestion', { hasText: 'June 2014' })).toHaveCount(0)
  await expect(page.locator('.review-bar button.link')).toHaveText(`${suggested - 2} to review`)

  // After a reload: the accepted claim is stored, the rejected suggestion does not come back.
  await page.reload()
  await expect(rows(page).filter({ hasText: 'killed 12 senior ISIL leaders' })).not.toHaveClass(/pending/)
  await expect(page.locator('.review-bar button.link')).toHaveText(`${suggested - 2} to review`)
  await expect(pane(page, 'right').locator('.hl', { hasText: 'June 2014' })).toHaveCount(0)

  // Accept all the dates at once; one undo takes them all back.
  const acceptDates = page.locator('.review-bar').getByRole('button', { name: /Accept all date/ })
  const dates = Number((await acceptDates.textContent())?.match(/\((\d+)\)/)?.[1])
  expect(dates).toBeGreaterThan(3)
  await acceptDates.click()
  await expect(acceptDates).toHaveCount(0)
  await expect(page.locator('.review-bar button.link')).toHaveText(`${suggested - 2 - dates} to review`)
  await page
    .getByRole('status')
    .filter({ hasText: `Accepted ${dates} suggestions` })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(acceptDates).toHaveText(`Accept all date (${dates})`)
})

test('with “suggest on import”, an imported article arrives with its suggestions', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Suggest on import').check()
  await openFiles(page, [fixture('articles', 'al-qaim-constructed-wire.txt')])
  await expect(pane(page, 'right').locator('.article-title')).toHaveText(
    "Air strikes squeeze Islamic State's last Anbar foothold"
  )
  await expect(
    pane(page, 'right').locator('.hl-suggestion', { hasText: 'killed 15 senior Islamic State commanders' })
  ).toBeVisible()
  await expect(pane(page, 'right').locator('.hl-suggestion', { hasText: 'July 28' })).toBeVisible()
})
