/**
 * Accessibility, audited with axe-core (WCAG 2 A and AA rules) on the main views of the reader,
 * in light and dark mode: the sample case, the verdicts panel, the facts matrix, the claim editor
 * and the export dialog. No critical or serious violation is allowed.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, openFiles, selectText } from './helpers'

async function expectNoSeriousViolations(page: Page, view: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`
    )
  expect(serious, `serious accessibility violations in ${view}`).toEqual([])
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations on the main views (${scheme})`, async ({ page }) => {
    // five audits of the whole page: about 4 s each on this machine
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1440, height: 900 })
    await openApp(page)
    await expectNoSeriousViolations(page, 'the sample case')

    await openFiles(page, [fixture('articles', 'al-qaim-constructed-wire.txt')])
    await expect(page.getByRole('tab', { name: /Verdicts/ }).locator('.tab-count')).toHaveText('≠ 3')
    await page.getByRole('tab', { name: /Verdicts/ }).click()
    await expect(page.locator('.verdicts-panel')).toBeVisible()
    await expectNoSeriousViolations(page, 'the verdicts panel')

    await page.getByRole('tab', { name: 'Facts' }).click()
    await expect(page.locator('.facts-matrix table')).toBeVisible()
    await expectNoSeriousViolations(page, 'the facts matrix')

    await page.getByRole('tab', { name: 'Claims' }).click()
    await selectText(page, 'left', 'July 29th')
    await page.keyboard.press('d')
    await expect(page.locator('.claim-editor')).toBeVisible()
    await expectNoSeriousViolations(page, 'the claim editor')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Export…' }).click()
    await expect(page.getByRole('dialog', { name: 'Export report' }).locator('pre.export-preview')).toBeVisible()
    await expectNoSeriousViolations(page, 'the export dialog')
    // the page behind the dialog is out of reach, for the keyboard and for assistive technology
    await expect(page.locator('.workspace')).toHaveJSProperty('inert', true)
    await expect(page.locator('.toolbar')).toHaveJSProperty('inert', true)
    await page.keyboard.press('Escape')
    await expect(page.locator('.workspace')).toHaveJSProperty('inert', false)
    await expect(page.locator('.toolbar')).toHaveJSProperty('inert', false)
  })
}
