/** Shared steps for the end-to-end tests: opening files, dropping them, reading the panes. */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, type Page } from '@playwright/test'

export const fixture = (...parts: string[]) => join(__dirname, '..', 'fixtures', ...parts)

export const SAMPLE = {
  caseName: 'Al-Qaim (sample)',
  diyarunaTitle: 'Noose tightening around ISIL in al-Qaim',
  omanTitle: 'Al Qaim last IS bastion'
}

/** Opens the app on a fresh profile and waits for the sample case to be shown. */
export async function openApp(page: Page) {
  await page.goto('/')
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.caseName)
  await expect(page.locator('.pane')).toHaveCount(2)
}

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
