/** Shared steps for the end-to-end tests: opening files, dropping them, reading the panes. */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, type Page } from '@playwright/test'

export const fixture = (...parts: string[]) => join(__dirname, '..', 'fixtures', ...parts)

export const SAMPLE = {
  caseName: 'Al-Qaim (sample)',
  diyarunaTitle: 'Noose tightening around ISIL in al-Qaim',
  omanTitle: 'Al Qaim last IS bastion',
  /** the sample case the first start opens (test/e2e/web-mode.spec.ts looks at it) */
  firstCaseName: 'Aleppo shelling (sample)'
}

/**
 * Opens the app and waits for the al-Qaim sample case to be shown, as the only case: these tests
 * work on it. On a fresh profile the first start opens the Aleppo sample, which is deleted here
 * (as a journalist would, from the library) so that the library holds what the tests expect.
 */
export async function openApp(page: Page) {
  await page.goto('/')
  const title = page.locator('.case-title')
  await expect(title).toHaveText(new RegExp(`^(${escape(SAMPLE.caseName)}|${escape(SAMPLE.firstCaseName)})$`))
  if ((await title.textContent()) === SAMPLE.firstCaseName) {
    await page.getByRole('button', { name: `Delete case ${SAMPLE.firstCaseName}` }).click()
    await expect(page.locator('.case')).toHaveCount(1)
    // its "Deleted … Undo" notice goes too: the tests find their own notices' Undo buttons
    const notice = page.getByRole('status').filter({ hasText: SAMPLE.firstCaseName })
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notice).toHaveCount(0)
  }
  await expect(title).toHaveText(SAMPLE.caseName)
  await expect(page.locator('.pane')).toHaveCount(2)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Uses the Open command (Ctrl+O) and picks the given files in the file chooser. */
export async function openFiles(page: Page, paths: string[]) {
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.toolbar').getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles(paths)
}

/** Drops files on the window as a journalist dragging them from the desktop would. */
export async function dropFiles(page: Page, paths: string[]) {
  const files = paths.map((p) => ({ name: basename(p), bytes: Array.from(readFileSync(p)) }))
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name))
    return dt
  }, files)
  const target = page.locator('.workspace')
  await target.dispatchEvent('dragenter', { dataTransfer: transfer })
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(page.locator('.drop-overlay')).toBeVisible()
  await target.dispatchEvent('drop', { dataTransfer: transfer })
}

export const pane = (page: Page, side: 'left' | 'right' | 'single') => page.locator(`.pane[data-side="${side}"]`)

/** The titles of the articles of the open case, as the library lists them (assert with toHaveText, which waits). */
export function libraryTitles(page: Page) {
  return page.locator('.case.selected .article-item .title')
}

/**
 * Selects the first occurrence of `text` in a pane's article text, as a drag with the mouse
 * would, and lets the pane notice (mouseup).
 */
export async function selectText(page: Page, side: 'left' | 'right' | 'single', text: string) {
  const scroll = pane(page, side).locator('.pane-scroll')
  // a long text renders a slice a frame: wait until all of it is there
  await expect(pane(page, side).locator('.article-text')).not.toHaveAttribute('aria-busy', 'true')
  await scroll.evaluate((root, wanted) => {
    const container = root.querySelector('.article-text')!
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    // Paragraph text can be split across highlight spans: search the paragraph, then map back.
    for (const p of container.querySelectorAll('p')) {
      const at = (p.textContent ?? '').indexOf(wanted)
      if (at < 0) continue
      const points: [Node, number][] = []
      let seen = 0
      walker.currentNode = p
      for (let node = walker.nextNode(); node && p.contains(node); node = walker.nextNode()) {
        const length = node.textContent!.length
        if (points.length === 0 && at < seen + length) points.push([node, at - seen])
        if (points.length === 1 && at + wanted.length <= seen + length) {
          points.push([node, at + wanted.length - seen])
          break
        }
        seen += length
      }
      const range = document.createRange()
      range.setStart(...points[0]!)
      range.setEnd(...points[1]!)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      return
    }
    throw new Error(`"${wanted}" is not in the pane`)
  }, text)
}
