/**
 * Comparing articles as a journalist does: the sample case's two real articles (no conflict), then
 * the constructed wire that retells Diyaruna with three deliberate disagreements — each found with
 * its reason, shown in both panes, diffed word by word, overruled by hand (kept across a reload)
 * and drawn in the gutter with the ≠ cue — and the facts matrix of all three articles.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, openFiles, pane } from './helpers'

const WIRE = 'Air strikes squeeze Islamic State'

const verdictsTab = (page: Page) => page.getByRole('tab', { name: /^Verdicts/ })
const rows = (page: Page, verdict?: string) =>
  page.locator(verdict ? `.verdict-row[data-verdict="${verdict}"]` : '.verdict-row')
const rowWith = (page: Page, a: string, b: string) =>
  rows(page)
    .filter({ hasText: `“${a}”` })
    .filter({ hasText: `“${b}”` })
const chipCount = (page: Page, verdict: string) => page.locator(`.verdict-chip[data-verdict="${verdict}"] .chip-count`)
const highlight = (page: Page, id: string) => page.locator(`.pane [data-claim-id="${id}"]`).first()

/** The expected conflicts of test/fixtures/gold/al-qaim-constructed.pair.json, with compare's reasons. */
const CONFLICTS = [
  { reason: '12 vs 15 killed', a: 'killed 12 senior ISIL leaders', b: 'killed 15 senior Islamic State commanders' },
  { reason: '29 vs 28 July', a: 'July 29th', b: 'July 28' },
  { reason: '11 vs 12 August', a: 'August 11th', b: 'August 12' }
]
/** The gold agreements and compatible pairs: judged, and never as conflicts. */
const NOT_CONFLICTS = [
  ['killing at least 20 elements', 'At least 20 militants died'],
  ['June 3rd', 'June 3'],
  ['June 17th', 'June 17'],
  ['killed or wounded at least 20 ISIL elements', 'killing 25 fighters'],
  ['more than 300 kilometres', 'about 400 kilometres']
]

async function importWire(page: Page) {
  await openFiles(page, [fixture('articles', 'al-qaim-constructed-wire.txt')])
  await expect(pane(page, 'left')).toContainText('Noose tightening around ISIL')
  await expect(pane(page, 'right')).toContainText(WIRE)
}

async function showVerdicts(page: Page) {
  await verdictsTab(page).click()
  // compared in the worker: the Content-Security-Policy of the built page lets it start
  await expect(page.locator('.verdicts-panel')).toHaveAttribute('data-compare-where', 'worker', { timeout: 15_000 })
}

test('the two real articles of the sample case have no conflict', async ({ page }) => {
  await openApp(page)
  await showVerdicts(page)
  await expect(chipCount(page, 'conflict')).toHaveText('0')
  await expect(rows(page, 'conflict')).toHaveCount(0)
  console.log(
    `sample case compared in ${await page.locator('.verdicts-panel').getAttribute('data-compare-ms')} ms (worker, first run)`
  )
})

test('the constructed wire: three conflicts found, shown in both panes, diffed, overruled and kept', async ({
  page
}) => {
  await openApp(page)
  await importWire(page)
  await showVerdicts(page)
  await expect(rows(page, 'conflict')).toHaveCount(3)
  await expect(chipCount(page, 'conflict')).toHaveText('3')
  console.log(
    `sample + constructed compared in ${await page.locator('.verdicts-panel').getAttribute('data-compare-ms')} ms (worker)`
  )
  for (const c of CONFLICTS) {
    const row = rows(page, 'conflict').filter({ hasText: c.reason })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(`“${c.a}”`)
    await expect(row).toContainText(`“${c.b}”`)
  }
  // conflicts come first, then the different-source pair the gold names
  await expect(rows(page).first()).toHaveAttribute('data-verdict', 'conflict')
  await expect(rowWith(page, 'the Joint Operations Command said', 'the Defence Ministry said')).toHaveAttribute(
    'data-verdict',
    'different-source'
  )
  for (const [a, b] of NOT_CONFLICTS)
    await expect(rowWith(page, a!, b!)).toHaveAttribute('data-verdict', /^(agree|compatible)$/)

  // Selecting a conflict brings both spans into view, flashing, and draws its ≠ connector.
  const killed = rows(page, 'conflict').filter({ hasText: '12 vs 15 killed' })
  await killed.locator('.verdict-reason').click()
  const [a, b] = (await killed.getAttribute('data-claims'))!.split(' ')
  await expect(highlight(page, a!)).toBeInViewport()
  await expect(highlight(page, b!)).toBeInViewport()
  await expect(pane(page, 'left').locator(`[data-claim-id="${a}"]`).first()).toHaveText('killed 12 senior ISIL leaders')
  await expect(pane(page, 'right').locator(`[data-claim-id="${b}"]`).first()).toHaveText(
    'killed 15 senior Islamic State commanders'
  )
  await expect(highlight(page, a!)).toHaveClass(/hl-flash/)
  await expect(highlight(page, b!)).toHaveClass(/hl-flash/)
  const connector = page.locator('.gutter .connector.selected[data-verdict="conflict"]')
  await expect(connector).toHaveCount(1)
  await expect(connector.locator('.cue text')).toHaveText('≠')

  // The word diff of the two aligned sentences.
  await killed.getByRole('button', { name: 'Show differences' }).click()
  await expect(killed.locator('.word-diff del', { hasText: '12' })).toHaveCount(1)
  await expect(killed.locator('.word-diff ins', { hasText: '15' })).toHaveCount(1)
  await page.waitForTimeout(1300) // let the smooth scroll and the flash settle for the picture
  await page.screenshot({ path: 'test-results/compare.png' })

  // ↓ and Enter from the keyboard: the next row, its diff.
  await page.locator('.verdict-list').focus()
  await page.keyboard.press('ArrowDown')
  const next = page.locator('.verdict-row.selected')
  await expect(next).toHaveAttribute('data-verdict', 'different-source')
  await page.keyboard.press('Enter')
  await expect(next.locator('.word-diff')).toBeVisible()

  // Overrule "29 vs 28 July" to compatible: stored as a manual link, kept across a reload.
  const july = rowWith(page, 'July 29th', 'July 28')
  await july.getByRole('button', { name: 'Overrule…' }).click()
  await page.getByRole('menu', { name: 'Set the verdict' }).getByRole('menuitemradio', { name: 'Compatible' }).click()
  await expect(rowWith(page, 'July 29th', 'July 28')).toHaveCount(1)
  await expect(rowWith(page, 'July 29th', 'July 28')).toHaveAttribute('data-verdict', 'compatible')
  await expect(rowWith(page, 'July 29th', 'July 28').locator('.manual-badge')).toBeVisible()
  await expect(chipCount(page, 'conflict')).toHaveText('2')
  await page.reload()
  await expect(page.locator('.pane')).toHaveCount(2)
  await showVerdicts(page)
  await expect(rowWith(page, 'July 29th', 'July 28')).toHaveAttribute('data-verdict', 'compatible')
  await expect(rowWith(page, 'July 29th', 'July 28')).toContainText('Set by hand: compatible')
  await expect(chipCount(page, 'conflict')).toHaveText('2')

  // The Markdown report states the overruled pair once, as set by hand, and not as a conflict.
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('radio', { name: /Markdown report/ }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export…' }).click()
  const md = readFileSync((await (await download).path())!, 'utf8')
  const groups = md.split('\n## Comparison')[1]!.split('\n## ')[0]!.split('\n### ')
  const withJuly = groups.filter((g) => g.includes('“July 29th”'))
  expect(withJuly).toHaveLength(1)
  expect(withJuly[0]).toMatch(/^Compatible \(/)
  expect(withJuly[0]!.split('“July 29th”')).toHaveLength(2)
  expect(withJuly[0]).toContain('Set by hand: compatible')
})

test('scroll together follows the alignment', async ({ page }) => {
  await openApp(page)
  await importWire(page)
  await showVerdicts(page)
  await expect(rows(page, 'conflict')).toHaveCount(3)
  await page.getByRole('button', { name: 'Scroll together' }).click()
  const [a, b] = (await rows(page, 'conflict')
    .filter({ hasText: '12 vs 15 killed' })
    .getAttribute('data-claims'))!.split(' ')
  // the short wire scrolled so its strike sentence is near the top: Diyaruna's account of the same
  // strike, far further down its own text than relative position would put it, comes level with it
  await pane(page, 'right')
    .locator('.pane-scroll')
    .evaluate((scroll, id) => {
      const target = scroll.querySelector(`[data-claim-id="${id}"]`)!.closest('p')!
      scroll.scrollTop += target.getBoundingClientRect().top - scroll.getBoundingClientRect().top - 40
    }, b!)
  await expect(highlight(page, a!)).toBeInViewport()
  const tops = await page.evaluate(
    (ids) => ids.map((id) => document.querySelector(`.pane [data-claim-id="${id}"]`)!.getBoundingClientRect().top),
    [a!, b!]
  )
  expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(60)
})

test('three articles: the facts matrix', async ({ page }) => {
  await openApp(page)
  await importWire(page)
  await page.getByRole('tab', { name: 'Facts' }).click()
  const matrix = page.locator('.facts-matrix table')
  await expect(matrix).toBeVisible({ timeout: 15_000 })
  await expect(matrix.locator('thead th')).toHaveCount(4)
  const killed = matrix.locator('tbody tr', { hasText: 'killed 12 senior ISIL leaders' })
  await expect(killed.locator('.fact-cell')).toContainText(['12 killed', '15 killed'])
  await expect(matrix.locator('.fact-cell.consensus').first()).toContainText('✓')
  await killed.locator('.fact-cell', { hasText: '15 killed' }).click()
  await expect(
    pane(page, 'right').locator('[data-claim-id]', { hasText: 'killed 15 senior Islamic State commanders' }).first()
  ).toBeInViewport()
})
