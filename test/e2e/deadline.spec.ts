/**
 * The reader under deadline (issue 16), as a journalist walks through it with the three al-Qaim
 * articles: the report carries what the Verdicts tab shows, every dashed mark can be reviewed
 * where it is and in the panel, notices keep out of the way of dialogs, one short name per article.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, openFiles, pane, selectText } from './helpers'

/** A setting as the app stored it (IndexedDB `parallax`, table `settings`). */
const storedSetting = (page: Page, key: string) =>
  page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('parallax')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get(k)
          get.onsuccess = () => resolve((get.result as { value?: unknown } | undefined)?.value ?? null)
          get.onerror = () => reject(get.error)
        }
      }),
    key
  )

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report' })

/** The sample case with the constructed wire story added: three conflicts between suggestions, none accepted. */
async function openThreeArticles(page: Page) {
  await openApp(page)
  await openFiles(page, [fixture('articles', 'al-qaim-constructed-wire.txt')])
  await expect(pane(page, 'right').locator('.article-title')).toHaveText(
    "Air strikes squeeze Islamic State's last Anbar foothold"
  )
  await expect(page.getByRole('tab', { name: /Verdicts/ }).locator('.tab-count')).toHaveText('≠ 3')
}

test('the export says which shown verdicts it leaves out, and one step accepts their claims into the report', async ({
  page
}) => {
  await openThreeArticles(page)
  await page.getByRole('button', { name: 'Export…' }).click()
  const note = exportDialog(page).getByRole('note')
  await expect(note).toContainText('3 conflicts')
  await expect(note).toContainText('between suggested claims not accepted yet: this report leaves them out')
  await expect(exportDialog(page).locator('pre.export-preview')).toContainText(
    'No claims are linked across articles yet.'
  )

  await note.getByRole('button', { name: /^Accept the \d+ suggested claims behind them$/ }).click()
  await expect(note).toHaveCount(0)
  // the preview is made again from the store once the comparison has stored its links
  const preview = exportDialog(page).locator('pre.export-preview')
  await expect(preview).toContainText('12 vs 15 killed')
  await expect(preview).toContainText('29 vs 28 July')
  await expect(preview).toContainText('11 vs 12 August')
  await expect(preview).not.toContainText('No claims are linked across articles yet.')
})

/** Distinct dashed marks in a pane (a mark split across runs has several elements with one id). */
const dashedIds = (page: Page, side: 'left' | 'right') =>
  pane(page, side)
    .locator('.hl-suggestion')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-claim-id')))])
const toReview = async (page: Page) =>
  Number((await page.locator('.review-bar button.link').textContent())?.match(/\d+/)?.[0] ?? 0)

test('every dashed mark the verdicts paint is a suggestion to review, there and in the panel; Suggest claims still works per article', async ({
  page
}) => {
  await openThreeArticles(page)
  await page.getByRole('tab', { name: /Verdicts/ }).click()
  await expect(pane(page, 'right').locator('.hl-suggestion').first()).toBeVisible()
  const marks = [...(await dashedIds(page, 'left')), ...(await dashedIds(page, 'right'))]
  expect(marks.length).toBeGreaterThan(10)

  // The Claims tab lists every one of them as a suggestion to review.
  await page.getByRole('tab', { name: 'Claims' }).click()
  await expect(page.locator('.review-bar button.link')).toHaveText(`${marks.length} to review`)

  // Enter on a dashed mark accepts it where it is.
  const fifteen = pane(page, 'right').locator('.hl-suggestion', {
    hasText: 'killed 15 senior Islamic State commanders'
  })
  await fifteen.click()
  await page.keyboard.press('Enter')
  await expect(
    pane(page, 'right').locator('.hl:not(.hl-suggestion)', { hasText: 'killed 15 senior Islamic State commanders' })
  ).toBeVisible()
  // (the list is virtualised: search for the row)
  await page.getByLabel('Search claims').fill('killed 15 senior')
  await expect(page.locator('.claims-panel .claim-row')).toHaveCount(1)
  await expect(page.locator('.claims-panel .claim-row:not(.pending)')).toContainText('15 killed')
  await page.getByLabel('Search claims').fill('')

  // Backspace on another rejects it; the panel's ✕ rejects a third.
  await pane(page, 'right').locator('.hl-suggestion', { hasText: 'June 17' }).click()
  await page.keyboard.press('Backspace')
  await expect(pane(page, 'right').locator('.hl', { hasText: 'June 17' })).toHaveCount(0)
  const row = page.locator('.claims-panel .claim-row.pending').first()
  const quote = (await row.locator('.claim-row-quote').textContent())!.slice(1, -1)
  await row.locator(`[data-action="Reject suggestion ${quote}"]`).click()
  await expect(page.locator('.claims-panel .claim-row.pending').filter({ hasText: `“${quote}”` })).toHaveCount(0)
  // what the comparison judges changes with every review; the panel and the marks still agree
  await expect
    .poll(
      async () =>
        (await toReview(page)) - (await dashedIds(page, 'left')).length - (await dashedIds(page, 'right')).length
    )
    .toBe(0)
  expect(await toReview(page)).toBeLessThan(marks.length)

  // Suggest claims is still offered, for the articles in view not asked yet, and finds more.
  const before = await toReview(page)
  await page
    .locator('.review-bar')
    .getByRole('button', { name: /^Suggest claims/ })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'suggested claims to review' })).toBeVisible()
  await expect.poll(() => toReview(page)).toBeGreaterThan(before)
  await expect(page.locator('.review-bar').getByRole('button', { name: /^Suggest claims/ })).toHaveCount(0)
})

/** Whatever is drawn at the dialog's corners and at its buttons belongs to the dialog. */
async function expectDialogUncovered(page: Page) {
  const covered = await page.evaluate(() => {
    const dialog = document.querySelector('[aria-modal="true"]')!
    const points: [number, number, string][] = []
    const box = dialog.getBoundingClientRect()
    for (const [x, y] of [
      [box.left + 12, box.top + 12],
      [box.right - 12, box.top + 12],
      [box.left + 12, box.bottom - 12],
      [box.right - 12, box.bottom - 12]
    ] as const)
      points.push([x, y, 'corner'])
    for (const button of dialog.querySelectorAll('button')) {
      const b = button.getBoundingClientRect()
      points.push([b.left + b.width / 2, b.top + b.height / 2, button.textContent ?? ''])
    }
    return points
      .filter(([x, y]) => !dialog.contains(document.elementFromPoint(x, y)))
      .map(
        ([x, y, what]) =>
          `${what} at ${Math.round(x)},${Math.round(y)}: ${document.elementFromPoint(x, y)?.className ?? 'nothing'}`
      )
  })
  expect(covered, 'parts of the dialog covered by something else').toEqual([])
}

test('notices never cover a dialog, stack out of the way of the claims list, and Escape dismisses them', async ({
  page
}) => {
  await openThreeArticles(page)
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible()
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(exportDialog(page)).toBeVisible()
  await expectDialogUncovered(page)
  // accepting from the dialog shows a notice while it is open: still below it
  await exportDialog(page)
    .getByRole('note')
    .getByRole('button', { name: /^Accept the/ })
    .click()
  await expect(page.getByRole('status').filter({ hasText: /Accepted \d+ suggestions/ })).toHaveCount(1)
  await expectDialogUncovered(page)
  await page.keyboard.press('Escape')
  await expect(exportDialog(page)).toHaveCount(0)

  // Undo and redo a few times: each says so in a notice; no more than three show at once.
  await page.locator('.toolbar').click()
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+Shift+z')
  }
  await expect(page.locator('.notice')).toHaveCount(3)
  await expect(page.getByRole('button', { name: /^\d+ more notices?$/ })).toBeVisible()
  const side = (await page.locator('.side-column').boundingBox())!
  for (const box of await page
    .locator('.notice')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.right <= side.x || box.left >= side.x + side.width, 'a notice over the claims list').toBe(true)
  }

  // Escape, with nothing else open, dismisses the notices one at a time (the comparison may add one
  // meanwhile, so the count is not asserted step by step): a bounded number of presses clears them.
  for (let i = 0; i < 20 && (await page.locator('.notice').count()) > 0; i++) await page.keyboard.press('Escape')
  await expect(page.locator('.notice')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /more notices?/ })).toHaveCount(0)
})

test('one short name per article: the library, the pane, the verdicts, the facts and the report use it; Details changes it everywhere', async ({
  page
}) => {
  await openThreeArticles(page)
  const wire = 'al qaim constructed wire'
  const item = page
    .locator('.case.selected .article-item')
    .filter({ hasText: "Air strikes squeeze Islamic State's last Anbar foothold" })
  await expect(item.locator('.outlet')).toHaveText(wire)
  await expect(pane(page, 'right').locator('.article-header .outlet')).toHaveText(wire)
  await expect(
    pane(page, 'right').getByRole('combobox', { name: 'Right article shown' }).locator('option:checked')
  ).toHaveText(`\u2068${wire}\u2069`)
  await page.getByRole('tab', { name: /Verdicts/ }).click()
  await expect(page.locator('.verdicts-panel, .side-column').getByText(`— ${wire} · suggested`).first()).toBeVisible()
  await page.getByRole('tab', { name: 'Facts' }).click()
  await expect(page.locator('.side-column thead th').filter({ hasText: wire })).toHaveCount(1)

  await page.getByRole('button', { name: 'Export…' }).click()
  const preview = exportDialog(page).locator('pre.export-preview')
  await expect(preview).toContainText(`### 3. ${wire}: Air strikes squeeze Islamic State's last Anbar foothold`)
  await page.keyboard.press('Escape')

  // Details: the outlet is the name shown everywhere.
  await pane(page, 'right').getByRole('button', { name: 'Details…' }).click()
  const details = page.getByRole('dialog', { name: 'Article details' })
  await expect(details.getByLabel('Outlet')).toHaveAttribute('placeholder', `Shown as “${wire}” until set`)
  await details.getByLabel('Outlet').fill('Constructed Wire')
  await details.getByRole('button', { name: 'Save' }).click()
  await expect(item.locator('.outlet')).toHaveText('Constructed Wire')
  await expect(pane(page, 'right').locator('.article-header .outlet')).toHaveText('Constructed Wire')
  await expect(page.locator('.side-column thead th').filter({ hasText: 'Constructed Wire' })).toHaveCount(1)
})

test('the facts matrix marks the facts in conflict, first, under short column headers', async ({ page }) => {
  await openThreeArticles(page)
  await page.getByRole('tab', { name: 'Facts' }).click()
  const matrix = page.locator('.facts-matrix')
  await expect(matrix.locator('table')).toBeVisible()
  await expect(matrix.locator('.facts-disputed')).toHaveText('≠ 3 in conflict')
  const disputed = matrix.locator('tbody tr.fact-conflict')
  await expect(disputed).toHaveCount(3)
  // the three conflicts, listed before every other fact, each value marked for eyes and ears
  for (const values of [
    ['12 killed', '15 killed'],
    ['29 July', '28 July'],
    ['11 August', '12 August']
  ]) {
    const row = disputed
      .filter({ has: page.locator('.fact-cell', { hasText: values[0] }) })
      .filter({ has: page.locator('.fact-cell', { hasText: values[1] }) })
    await expect(row, `the ${values.join(' vs ')} row`).toHaveCount(1)
    await expect(row.locator('th')).toContainText('≠ Conflict')
    await expect(row.locator('.fact-cell.in-conflict')).toHaveCount(2)
    await expect(row.locator('.fact-cell.in-conflict .sr-only').first()).toHaveText(' (in conflict)')
    expect(Number(await row.getAttribute('data-fact'))).toBeLessThan(3)
  }
  // column headers: the short names, none taller than two lines
  await expect(matrix.locator('thead th')).toHaveText(['Fact', 'Diyaruna', 'Oman Observer', 'al qaim constructed wire'])
  for (const height of await matrix
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height)))
    expect(height).toBeLessThan(48)
})

test('keyboard only: select a sentence, narrow it word by word, tag it, and focus comes back to the pane', async ({
  page
}) => {
  await openApp(page)
  const scroll = pane(page, 'left').locator('.pane-scroll')
  await scroll.focus()
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '')
  const wanted = 'killed 12 senior ISIL leaders'
  for (let i = 0; i < 40 && !(await selected()).includes(wanted); i++) await page.keyboard.press('Alt+ArrowDown')
  expect(await selected()).toBe(
    'In addition to al-Azzawi, the airstrikes also killed 12 senior ISIL leaders from around the country who were in a meeting with him, and injured dozens more.'
  )
  for (let i = 0; i < 20 && !(await selected()).startsWith('killed'); i++) await page.keyboard.press('Alt+ArrowRight')
  for (let i = 0; i < 30 && (await selected()) !== wanted; i++) await page.keyboard.press('Alt+Shift+ArrowLeft')
  expect(await selected()).toBe(wanted)
  // one word too far and back
  await page.keyboard.press('Alt+Shift+ArrowRight')
  expect(await selected()).toBe(`${wanted} from`)
  await page.keyboard.press('Alt+Shift+ArrowLeft')

  await page.keyboard.press('c')
  const editor = page.locator('.claim-editor')
  await expect(editor.getByLabel('At least')).toHaveValue('12')
  await expect.poll(() => editor.evaluate((form) => form.contains(document.activeElement))).toBe(true)
  await page.keyboard.press('Enter')
  await expect(editor).toHaveCount(0)
  await expect(scroll).toBeFocused()
  await expect(page.locator('.claims-panel .claim-row', { hasText: wanted })).toContainText('12 killed')

  // Escape closes an editor opened from the claims list, and focus goes back to the list.
  const list = page.locator('.claims-panel .claim-list')
  await list.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(editor).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(editor).toHaveCount(0)
  await expect(list).toBeFocused()

  // The side tabs: the arrow keys move focus with the selection.
  await page.getByRole('tab', { name: 'Claims' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: /Verdicts/ })).toBeFocused()
  await expect(page.getByRole('tab', { name: /Verdicts/ })).toHaveAttribute('aria-selected', 'true')
})

test('import: what ingest noticed about a file is shown with the notice; the picker offers article files only', async ({
  page
}) => {
  await openApp(page)
  // a file saved by an old editor: windows-1252 dashes and quotes, no encoding declared, no headline
  const dir = mkdtempSync(join(tmpdir(), 'parallax-1252-'))
  const path = join(dir, 'old-desk-copy.txt')
  writeFileSync(
    path,
    Buffer.from(
      'Iraqi officials said on Sunday that air strikes killed 12 people \x96 at least \x93twelve\x94, they said \x96 in al-Qaim, a border town of Anbar.\n',
      'latin1'
    )
  )
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.toolbar').getByRole('button', { name: 'Open…' }).click()
  const picker = await chooser
  expect(picker.isMultiple()).toBe(true)
  expect(await picker.element().getAttribute('accept')).toMatch(/^\.txt,.*\.html?/)
  await picker.setFiles(path)
  const notice = page.getByRole('status').filter({ hasText: 'Imported' })
  await expect(notice).toContainText(
    'old-desk-copy.txt: the file does not say how its text is encoded; it was read as windows-1252'
  )
  await expect(notice).toContainText('old-desk-copy.txt: no headline was found')
})

test('the toolbar names the side panel it hides, not "Claims" beside a Claims tab', async ({ page }) => {
  await openApp(page)
  const toggle = page.locator('.toolbar').getByRole('button', { name: 'Side panel' })
  await expect(page.locator('.toolbar').getByRole('button', { name: 'Claims', exact: true })).toHaveCount(0)
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(page.getByRole('tab', { name: /Verdicts/ })).toHaveCount(0)
  await toggle.click()
  await expect(page.getByRole('tab', { name: 'Claims' })).toBeVisible()
})

test('an Arabic article reads right to left in its header and selector; the editor keeps its quote marks the right way round', async ({
  page
}) => {
  await openApp(page)
  await openFiles(page, [fixture('e2e', 'arabic-report.txt')])
  const right = pane(page, 'right')
  await expect(right.locator('.article-title')).toHaveText('غارات جوية على القائم')
  for (const part of ['.article-header', '.article-meta'])
    await expect(right.locator(part)).toHaveCSS('direction', 'rtl')
  await expect(right.getByRole('combobox', { name: 'Right article shown' })).toHaveCSS('direction', 'rtl')

  await selectText(page, 'right', 'قيادة العمليات المشتركة')
  await page.keyboard.press('a')
  const quote = page.locator('.claim-editor .claim-quote')
  await expect(quote).toHaveCSS('direction', 'ltr')
  // the opening mark is drawn first (left), the closing one last (right); the Arabic between them is isolated
  await expect(quote.locator('bdi')).toHaveText('قيادة العمليات المشتركة')
  const [open, close] = await quote.evaluate((p) => {
    const range = document.createRange()
    const text = p.firstChild!
    range.setStart(text, 0)
    range.setEnd(text, 1)
    const first = range.getBoundingClientRect().left
    const last = p.lastChild!
    range.setStart(last, 0)
    range.setEnd(last, 1)
    return [first, range.getBoundingClientRect().left]
  })
  expect(open).toBeLessThan(close)
})

test('editing keeps the text in sight: the value editor never covers its claim, the tag toolbar stays in its pane', async ({
  page
}) => {
  await openApp(page)
  const left = pane(page, 'left')
  // a selection at the right edge of the left pane: its toolbar stays inside the pane
  await selectText(page, 'left', 'officials say')
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selection as a claim' })
  await expect(toolbar).toBeVisible()
  const paneBox = (await left.boundingBox())!
  const barBox = (await toolbar.boundingBox())!
  expect(barBox.x).toBeGreaterThanOrEqual(paneBox.x)
  expect(barBox.x + barBox.width).toBeLessThanOrEqual(paneBox.x + paneBox.width)
  await page.keyboard.press('Escape')

  // a claim low in the window: the editor opens above it, not over it
  const wanted = 'killed 12 senior ISIL leaders'
  await left.locator('.pane-scroll').evaluate((scroll, text) => {
    const p = [...scroll.querySelectorAll('p')].find((x) => x.textContent?.includes(text))!
    scroll.scrollTop += p.getBoundingClientRect().bottom - scroll.getBoundingClientRect().bottom + 20
  }, wanted)
  await selectText(page, 'left', wanted)
  await page.keyboard.press('c')
  const editor = page.locator('.claim-editor')
  await expect(editor).toBeVisible()
  const mark = (await left.locator('.hl-casualty', { hasText: wanted }).first().boundingBox())!
  const box = (await editor.boundingBox())!
  const overlaps =
    box.y < mark.y + mark.height &&
    mark.y < box.y + box.height &&
    box.x < mark.x + mark.width &&
    mark.x < box.x + box.width
  expect(overlaps, 'the editor covers the claim it edits').toBe(false)
})

test('values keep what the text says: a bound keeps its words; Arabic-Indic digits fill the count', async ({
  page
}) => {
  await openApp(page)
  await selectText(page, 'right', 'over 1,500 IS fighters')
  await page.keyboard.press('q')
  await page.keyboard.press('Escape')
  await expect(
    page.locator('.claims-panel .claim-row', { hasText: 'over 1,500 IS fighters' }).locator('.claim-row-value')
  ).toHaveText('over 1,500 IS fighters')

  const dir = mkdtempSync(join(tmpdir(), 'parallax-ar-'))
  const path = join(dir, 'qaim-ar.txt')
  writeFileSync(path, 'غارة على القائم\n\nأعلنت وزارة الدفاع سقوط ١٥ قتيلا في الغارة على مدينة القائم.\n')
  await openFiles(page, [path])
  await expect(pane(page, 'right').locator('.article-title')).toHaveText('غارة على القائم')
  await selectText(page, 'right', '١٥ قتيلا')
  await page.keyboard.press('c')
  const editor = page.locator('.claim-editor')
  await expect(editor.getByLabel('At least')).toHaveValue('15')
  await expect(editor.getByLabel('At most')).toHaveValue('15')
  await expect(editor.getByLabel('Outcome')).toHaveValue('killed')
})

test('at 1440 px the labels fit, the side panel resizes and remembers, the word diff has no markers over the words', async ({
  page
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openThreeArticles(page)
  await page.getByRole('tab', { name: /Verdicts/ }).click()
  const chips = page.locator('.verdict-chip')
  await expect(chips.first()).toBeVisible()
  const cut = await chips.evaluateAll((els) =>
    els
      .filter((el) => [...el.querySelectorAll<HTMLElement>('*')].some((c) => c.scrollWidth > c.clientWidth + 1))
      .map((el) => el.textContent)
  )
  expect(cut, 'verdict chips cut short').toEqual([])

  // the side panel: wider with the keyboard on its handle, and still that wide after a reload
  const side = page.locator('.side-column')
  const before = (await side.boundingBox())!.width
  await page.getByRole('separator', { name: 'Resize the side panel' }).focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
  await expect.poll(async () => (await side.boundingBox())!.width).toBe(before + 96)
  // the panes' split is remembered too
  await expect.poll(() => storedSetting(page, 'layout')).toMatchObject({ sideWidth: before + 96 })
  const splitOf = async () => ((await storedSetting(page, 'layout')) as { split?: number } | undefined)?.split
  const splitBefore = await splitOf()
  await page.getByRole('separator', { name: 'Resize the panes' }).focus()
  await page.keyboard.press('ArrowRight')
  // the split is stored as it settles, after the side's width
  await expect.poll(splitOf).not.toBe(splitBefore)
  const leftWidth = (await pane(page, 'left').boundingBox())!.width
  // the layout is stored once it settles: wait for it in the store itself
  await expect.poll(() => storedSetting(page, 'layout')).toMatchObject({ sideWidth: before + 96 })
  await page.reload()
  await expect(page.locator('.pane')).toHaveCount(2)
  await expect.poll(async () => (await side.boundingBox())!.width).toBe(before + 96)
  await expect.poll(async () => Math.round((await pane(page, 'left').boundingBox())!.width)).toBe(Math.round(leftWidth))

  // the word diff: struck and underlined words, nothing drawn over them
  await page.getByRole('tab', { name: /Verdicts/ }).click()
  await page.locator('.verdict-list').getByRole('button', { name: 'Show differences' }).first().click()
  const diff = page.locator('.word-diff p').first()
  await expect(diff.locator('del, ins').first()).toBeVisible()
  const markers = await diff.locator('del, ins').evaluateAll((els) =>
    els
      .map((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content])
      .flat()
      .filter((c) => c !== 'none' && c !== 'normal')
  )
  expect(markers).toEqual([])
})
