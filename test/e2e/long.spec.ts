/**
 * Long articles (about 19,000 words, 400+ paragraphs), which the reader renders a slice at a time:
 * the text ends up whole; a claim deep in it is scrolled to and flashed, even when selected before
 * its paragraph was rendered; a conflict deep in two long articles is shown in both panes and
 * linked in the gutter, as are aligned passages far down; and "scroll together" lines the two up.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, pane, selectText } from './helpers'

/** The fixture articles' body paragraphs (as bench/inputs.ts takes them). */
const POOL = ['al-qaim-constructed-wire.txt', 'al-qaim-diyaruna.txt', 'al-qaim-oman-observer.txt']
  .flatMap((f) => readFileSync(fixture('articles', f), 'utf8').split(/\n\s*\n/))
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter((p) => p.split(' ').length >= 8)

const ROUNDS = 10
const DEEP_LEFT =
  'The regional command said 12 fighters were killed near the Rawa bridge on the last night of the offensive.'
const DEEP_RIGHT =
  'The regional command said 15 fighters were killed near the Rawa bridge on the last night of the offensive.'

/** A long article: the pool ten times over, each paragraph numbered, with `deep` after round `at`. */
function longArticle(title: string, deep: string, at: number): string {
  const body: string[] = []
  for (let r = 0; r < ROUNDS; r++) {
    POOL.forEach((p, k) => body.push(`Dispatch ${r * POOL.length + k + 1}. ${p}`))
    if (r === at) body.push(deep)
  }
  return [title, ...body].join('\n\n')
}

async function newCase(page: Page, name: string) {
  await page.keyboard.press('Control+n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case name').fill(name)
  await dialog.getByLabel('Case name').press('Enter')
  await expect(page.locator('.case-title')).toHaveText(name)
}

async function paste(page: Page, text: string) {
  await page.locator('.toolbar').getByRole('button', { name: 'Paste…' }).click()
  const dialog = page.getByRole('dialog', { name: /Paste an article/ })
  await dialog.getByLabel(/Text/).fill(text)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0, { timeout: 30_000 })
}

async function tag(page: Page, side: 'left' | 'right' | 'single', text: string) {
  await selectText(page, side, text)
  await page.keyboard.press('c')
  await expect(page.getByRole('dialog', { name: /claim$/ })).toBeVisible()
  await page.keyboard.press('Escape')
}

const text = (page: Page, side: 'left' | 'right' | 'single') => pane(page, side).locator('.article-text')
const toTop = (page: Page, side: 'left' | 'right' | 'single') =>
  pane(page, side)
    .locator('.pane-scroll')
    .evaluate((el) => (el.scrollTop = 0))

test('a long article renders whole; a claim deep in it is scrolled to and flashed, also right after opening', async ({
  page
}) => {
  test.setTimeout(90_000)
  await openApp(page)
  await newCase(page, 'Long read')
  await paste(page, longArticle('A long account of the offensive', DEEP_LEFT, 8))
  const single = text(page, 'single')
  await expect(single).not.toHaveAttribute('aria-busy', 'true')
  // (import keeps headline- and caption-like lines out of the text: a few dispatches are not in it)
  expect(await single.locator('p').count()).toBeGreaterThan(0.9 * ROUNDS * POOL.length)
  await expect(single.locator('p').last()).toHaveText(`Dispatch ${ROUNDS * POOL.length}. ${POOL[POOL.length - 1]}`)

  await tag(page, 'single', 'killed near the Rawa bridge')
  const mark = single.locator('.hl-casualty', { hasText: 'killed near the Rawa bridge' })
  await toTop(page, 'single')
  await expect(mark).not.toBeInViewport()
  await page.locator('.claim-row', { hasText: 'killed near the Rawa bridge' }).click()
  await expect(mark).toBeInViewport()
  await expect(mark).toHaveClass(/hl-flash/)

  // After a reload the text renders again from the top, a slice a frame: the claim, selected as
  // soon as the claims panel lists it (its paragraph typically not rendered yet), is still found.
  await page.reload()
  const early = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const tick = () => {
          const row = [...document.querySelectorAll<HTMLElement>('.claim-row')].find((r) =>
            r.textContent!.includes('killed near the Rawa bridge')
          )
          if (!row) return requestAnimationFrame(tick)
          const rendered = !!document.querySelector('.pane .hl-casualty')
          row.click()
          resolve(!rendered)
        }
        tick()
      })
  )
  test.info().annotations.push({ type: 'selected before its paragraph was rendered', description: String(early) })
  await expect(mark).toBeInViewport()
  await expect(mark).toHaveClass(/hl-selected/)
})

test('two long articles: a conflict deep in both is shown in both panes, linked in the gutter, and scrolling together lines them up', async ({
  page
}) => {
  test.setTimeout(120_000)
  await openApp(page)
  await newCase(page, 'Two long reads')
  // the same dispatches; the disputed figure 90 % of the way down the left, 60 % down the right
  await paste(page, longArticle('The long account, first version', DEEP_LEFT, 8))
  await paste(page, longArticle('The long account, second version', DEEP_RIGHT, 5))
  await expect(pane(page, 'left').locator('.article-title')).toHaveText('The long account, first version')
  await expect(pane(page, 'right').locator('.article-title')).toHaveText('The long account, second version')
  await tag(page, 'left', '12 fighters were killed near the Rawa bridge')
  await tag(page, 'right', '15 fighters were killed near the Rawa bridge')

  await page.getByRole('tab', { name: /^Verdicts/ }).click()
  const conflict = page.locator('.verdict-row[data-verdict="conflict"]').filter({ hasText: '12 fighters were killed' })
  await expect(conflict).toHaveCount(1, { timeout: 60_000 })
  await toTop(page, 'left')
  await toTop(page, 'right')
  await conflict.locator('.verdict-reason').click()
  const [a, b] = (await conflict.getAttribute('data-claims'))!.split(' ')
  const left = pane(page, 'left').locator(`[data-claim-id="${a}"]`).first()
  const right = pane(page, 'right').locator(`[data-claim-id="${b}"]`).first()
  await expect(left).toBeInViewport()
  await expect(right).toBeInViewport()
  await expect(left).toHaveClass(/hl-flash/)
  await expect(right).toHaveClass(/hl-flash/)
  // the gutter links the two spans, ≠
  await expect(page.locator('.gutter .connector.selected[data-verdict="conflict"] .cue text')).toHaveText('≠')

  // and, with both panes far down at the same dispatch, the aligned passages there
  await page.waitForTimeout(1000) // the reveal holds scroll-following still for a moment
  const dispatch = `Dispatch ${ROUNDS * POOL.length - 60}.`
  for (const side of ['left', 'right'] as const) {
    await pane(page, side)
      .locator('.pane-scroll')
      .evaluate((scroll, wanted) => {
        const target = [...scroll.querySelectorAll('.article-text p')].find((p) => p.textContent!.startsWith(wanted))!
        scroll.scrollTop += target.getBoundingClientRect().top - scroll.getBoundingClientRect().top - 40
      }, dispatch)
  }
  await expect(page.locator('.gutter .connector').first()).toBeVisible()

  // Scroll together: the right pane scrolled so its disputed sentence is near the top brings the
  // left one level with it, though it lies 90 % down the left text and 60 % down the right.
  await toTop(page, 'left')
  await page.getByRole('button', { name: 'Scroll together' }).click()
  await pane(page, 'right')
    .locator('.pane-scroll')
    .evaluate((scroll, id) => {
      const target = scroll.querySelector(`[data-claim-id="${id}"]`)!.closest('p')!
      scroll.scrollTop += target.getBoundingClientRect().top - scroll.getBoundingClientRect().top - 40
    }, b!)
  await expect(left).toBeInViewport()
  const tops = await page.evaluate(
    (ids) => ids.map((id) => document.querySelector(`.pane [data-claim-id="${id}"]`)!.getBoundingClientRect().top),
    [a!, b!]
  )
  expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(60)
})
