/**
 * Reports and interchange as a journalist uses them, in the browser build: export a Markdown
 * report of the sample case (a download), import a bundle with claims and conflicts (confirmed in
 * its preview; twice: the second changes nothing and asks nothing), refuse a broken bundle, back up and restore the library, and print the
 * HTML report to PDF in Chromium (what Electron's printToPDF does) and read the PDF's text back.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, SAMPLE, selectText } from './helpers'

const BUNDLE_CASE = 'Al-Qaim strikes, summer 2016'
const BUNDLE_NAME = 'case-with-conflicts.json'
/**
 * The core tests' sample bundle (a case of three articles, 20 claims, conflicts among the links),
 * with its links marked as the journalist's own: the app re-compares an open case and replaces
 * compare's ('auto') links with its current verdicts, while manual links stay as imported.
 */
const BUNDLE = (() => {
  const bundle = JSON.parse(readFileSync(fixture('report', 'sample.bundle.json'), 'utf8'))
  for (const link of bundle.links) link.origin = 'manual'
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-bundle-')), BUNDLE_NAME)
  writeFileSync(path, JSON.stringify(bundle, null, 2) + '\n')
  return path
})()
const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
  .version

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report' })
/** The library's case names (without their article counts), sorted. */
const caseNames = (page: Page) =>
  page.locator('.case-name').evaluateAll((buttons) => buttons.map((b) => b.firstChild?.textContent ?? '').sort())

async function fromMoreMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'More ▾' }).click()
  await page.getByRole('menuitem', { name: item }).click()
}

/** Picks a file in the file chooser an item of the More menu opens. */
async function pickFrom(page: Page, item: string, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await fromMoreMenu(page, item)
  await (await chooser).setFiles(path)
}

/** Exports the open case in a format through the Export dialog; returns the download's name and text. */
async function exportReport(page: Page, formatLabel: RegExp) {
  await page.keyboard.press('Control+e')
  await expect(exportDialog(page)).toBeVisible()
  await exportDialog(page).getByRole('radio', { name: formatLabel }).check()
  const download = page.waitForEvent('download')
  await exportDialog(page).getByRole('button', { name: 'Export…' }).click()
  const file = await download
  await expect(exportDialog(page)).toHaveCount(0)
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') }
}

/** Picks a bundle; when it brings anything new, confirms the preview that lists it. */
async function importBundleFile(page: Page, path: string, confirm = true) {
  await pickFrom(page, 'Import bundle…', path)
  if (confirm)
    await page.getByRole('dialog', { name: 'Import bundle?' }).getByRole('button', { name: 'Import' }).click()
}

test('exports the sample case as Markdown: previewed first, named after the case, listing both articles', async ({
  page
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(exportDialog(page).locator('pre.export-preview')).toContainText(`# Claim report: ${SAMPLE.caseName}`)

  // The HTML preview is laid out in a sandboxed frame (no scripts), never in the app's own page.
  await exportDialog(page)
    .getByRole('radio', { name: /HTML report/ })
    .check()
  const preview = exportDialog(page).locator('iframe.export-preview')
  await expect(preview).toHaveAttribute('sandbox', '')
  await expect(page.frameLocator('iframe.export-preview').locator('h1')).toHaveText(`Claim report: ${SAMPLE.caseName}`)
  await expect(page.frameLocator('iframe.export-preview').locator('h1')).toHaveCSS('font-family', /Helvetica/)
  await expect(page.locator('body h1', { hasText: 'Claim report' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  const report = await exportReport(page, /Markdown report/)
  expect(report.name).toBe('al-qaim-sample.md')
  expect(report.text).toMatch(/^# Claim report: Al-Qaim \(sample\)\n/)
  expect(report.text).toContain(SAMPLE.diyarunaTitle)
  expect(report.text).toContain(SAMPLE.omanTitle)
  expect(report.text).toMatch(
    new RegExp(`Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by Parallax ${version.replace(/\./g, '\\.')}\\.`)
  )
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded the Markdown report as al-qaim-sample.md.' })
  ).toBeVisible()
})

test('imports a bundle with claims and conflicts, and importing it again changes nothing', async ({ page }) => {
  await openApp(page)
  await importBundleFile(page, BUNDLE)
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Imported ${BUNDLE_NAME}. Added 1 case, 3 articles, 20 claims and 7 links.` })
  ).toBeVisible()
  await expect(page.locator('.case-title')).toHaveText(BUNDLE_CASE)
  await expect.poll(() => caseNames(page)).toEqual([SAMPLE.caseName, BUNDLE_CASE].sort())

  await importBundleFile(page, BUNDLE, false)
  await expect(
    page.getByRole('status').filter({
      hasText: `Nothing new in ${BUNDLE_NAME}. Skipped 1 case, 3 articles, 20 claims and 7 links (already up to date).`
    })
  ).toBeVisible()
  await expect.poll(() => caseNames(page)).toEqual([SAMPLE.caseName, BUNDLE_CASE].sort())

  // The export holds exactly the imported records (and any link compare has added since).
  const exported = await exportReport(page, /Parallax bundle/)
  expect(exported.name).toBe('al-qaim-strikes-summer-2016.parallax.json')
  const original = JSON.parse(readFileSync(BUNDLE, 'utf8'))
  const back = JSON.parse(exported.text)
  expect(back.cases).toEqual(original.cases)
  expect(back.articles).toEqual(original.articles)
  expect(back.claims).toEqual(original.claims)
  expect(back.links.filter((l: { origin: string }) => l.origin === 'manual')).toEqual(original.links)
})

test('refuses a bundle whose claim lies outside its article, naming the file and the reason; the library is unchanged', async ({
  page
}) => {
  await openApp(page)
  const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8'))
  const claim = bundle.claims[3]
  claim.anchor.start = 90_000
  claim.anchor.end = 90_000 + claim.anchor.exact.length
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'))
  const bad = join(dir, 'offsets-outside.json')
  writeFileSync(bad, JSON.stringify(bundle, null, 2))

  await importBundleFile(page, bad, false)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('offsets-outside.json was not imported: nothing was changed.')
  await expect(alert).toContainText(
    `claims[3] (id ${claim.id}): anchor end ${claim.anchor.end} is past the end of article ${claim.articleId}'s text`
  )
  await expect.poll(() => caseNames(page)).toEqual([SAMPLE.caseName])
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.caseName)
})

test('backs up the library and restores it after a confirmation that says what will be replaced', async ({ page }) => {
  await openApp(page)
  const download = page.waitForEvent('download')
  await fromMoreMenu(page, 'Back up library…')
  const backup = await download
  expect(backup.suggestedFilename()).toMatch(/^parallax-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'))
  const backupPath = join(dir, backup.suggestedFilename())
  await backup.saveAs(backupPath)

  await importBundleFile(page, BUNDLE)
  await expect(page.locator('.case-title')).toHaveText(BUNDLE_CASE)

  await pickFrom(page, 'Restore from backup…', backupPath)
  const confirm = page.getByRole('dialog', { name: 'Restore from backup?' })
  await expect(confirm).toContainText('holds 1 case, 2 articles and 0 claims')
  await expect(confirm).toContainText('replace everything in the library now: 2 cases, 5 articles and 20 claims')
  await expect(confirm).toContainText('cannot be undone')
  await confirm.getByRole('button', { name: 'Replace library' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: /^Restored parallax-backup-.*: the library now holds 1 case\./ })
  ).toBeVisible()
  await expect.poll(() => caseNames(page)).toEqual([SAMPLE.caseName])
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.caseName)
  await expect(page.locator('.pane')).toHaveCount(2)

  // The restored library is the backed-up one, exactly.
  const again = page.waitForEvent('download')
  await fromMoreMenu(page, 'Back up library…')
  expect(readFileSync((await (await again).path())!, 'utf8')).toBe(readFileSync(backupPath, 'utf8'))

  // A reload keeps it (and does not bring the sample back a second time).
  await page.reload()
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.caseName)
  await expect.poll(() => caseNames(page)).toEqual([SAMPLE.caseName])
})

test('prints the HTML report of a case with conflicts to a PDF that holds the conflicts and the claims', async ({
  page,
  browser
}) => {
  await openApp(page)
  await importBundleFile(page, BUNDLE)
  await expect(page.locator('.case-title')).toHaveText(BUNDLE_CASE)
  const report = await exportReport(page, /HTML report/)
  expect(report.name).toBe('al-qaim-strikes-summer-2016.html')

  // Electron's printToPDF lays the report out in a window of its own, script disabled: the same
  // here, in a page of its own.
  const printing = await browser.newContext({ javaScriptEnabled: false })
  const printer = await printing.newPage()
  await printer.setContent(report.text, { waitUntil: 'load' })
  const pdf = await printer.pdf({ format: 'A4', printBackground: true })
  await printing.close()
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pdf-'))
  const pdfPath = join(dir, 'report.pdf')
  writeFileSync(pdfPath, pdf)
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

  expect(text).toContain(`Claim report: ${BUNDLE_CASE}`)
  expect(text).toContain('Same strike on the leadership meeting: 12 vs 15 killed.')
  expect(text).toContain('Same strike, dated 29 vs 28 July.')
  expect(text).toContain('killed 12 senior ISIL leaders')
  expect(text).toContain('killed 15 senior Islamic State commanders')
  expect(text).toMatch(new RegExp(`Parallax ${version.replace(/\./g, '\\.')}`))
})

test('Ctrl+P prints the report from a sandboxed frame that runs no script', async ({ page }) => {
  await openApp(page)
  const attached = page.waitForEvent('frameattached')
  await page.keyboard.press('Control+p')
  const frame = await attached
  const element = await frame.frameElement()
  expect(await element.getAttribute('sandbox')).toBe('allow-same-origin allow-modals')
  expect(await element.getAttribute('class')).toBe('print-frame')
})

test('a Markdown report of the sample case with tagged claims (the README excerpt comes from this run)', async ({
  page
}) => {
  await openApp(page)
  const tag = async (side: 'left' | 'right', text: string, key: string) => {
    await selectText(page, side, text)
    await expect(page.getByRole('toolbar', { name: 'Tag the selection as a claim' })).toBeVisible()
    await page.keyboard.press(key)
    await expect(page.getByRole('dialog', { name: /claim$/ })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: /claim$/ })).toHaveCount(0)
  }
  await tag('left', 'killed 12 senior ISIL leaders', 'c')
  await tag('left', 'July 29th', 'd')
  await tag('left', 'Interior Ministry spokesman Brig. Gen. Saad Maan told Diyaruna', 'a')
  await tag('right', 'over 1,500 IS fighters', 'q')
  await tag('right', 'June 2014', 'd')
  await tag('right', 'An Iraqi general estimates', 'a')

  const report = await exportReport(page, /Markdown report/)
  expect(report.text).toContain('## Claims by article')
  for (const quote of ['killed 12 senior ISIL leaders', 'July 29th', 'over 1,500 IS fighters', 'June 2014'])
    expect(report.text).toContain(`“${quote}”`)
  expect(report.text).toContain('Diyaruna')
  expect(report.text).toContain('Oman Observer')
  writeFileSync(test.info().outputPath('sample-report.md'), report.text)
})
