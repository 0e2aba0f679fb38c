/**
 * Import Bundle as a journalist uses it, in Chromium with real IndexedDB and from the keyboard: a
 * bundle holding another version of stored work (a claim's status, note and value; an article's
 * title) is previewed field by field, keeps what is stored unless the journalist takes the
 * bundle's version, and the import is undone by Ctrl+Z or by its notice, restoring exactly what was
 * stored. Bundles of the hostile corpus are refused at the door with the file's name and the
 * reason; the library does not change.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { fixture, openApp, SAMPLE } from './helpers'

const NAME = 'colleague.parallax.json'

/** The core tests' sample bundle, its links marked as the journalist's own (compare replaces 'auto' ones in an open case). */
function sampleBundle() {
  const bundle = JSON.parse(readFileSync(fixture('report', 'sample.bundle.json'), 'utf8'))
  for (const link of bundle.links) link.origin = 'manual'
  return bundle
}
const QUOTE = 'killed 12 senior ISIL leaders'

/** The same case as a colleague edited it later: another review of one claim, another title. */
function colleaguesVersion() {
  const bundle = sampleBundle()
  const claim = bundle.claims.find((c: { anchor: { exact: string } }) => c.anchor.exact === QUOTE)
  Object.assign(claim, {
    status: 'rejected',
    note: 'The ministry now says 15.',
    value: { outcome: 'killed', min: 15, max: 15 },
    updatedAt: '2030-01-01T00:00:00.000Z'
  })
  const article = bundle.articles.find((a: { id: string }) => a.id === claim.articleId)
  Object.assign(article, { title: 'Twelve ISIL leaders killed, ministry says', updatedAt: '2030-01-01T00:00:00.000Z' })
  return { bundle, claimId: claim.id as string, articleId: article.id as string }
}

/** Opens More ▾ → Import bundle… from the keyboard and picks `json` as the file. */
async function importByKeyboard(page: Page, name: string, json: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'More ▾' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Print to PDF…' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('menuitem', { name: 'Import bundle…' })).toBeFocused()
  await page.keyboard.press('Enter')
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) })
}

/** A record as IndexedDB holds it, read directly (no app code involved). */
function stored(page: Page, table: 'cases' | 'articles' | 'claims' | 'links', id: string) {
  return page.evaluate(
    ([table, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('parallax')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const get = db.transaction(table, 'readonly').objectStore(table).get(id)
          get.onsuccess = () => {
            db.close()
            resolve(get.result ?? null)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    [table, id] as const
  )
}

/** Every case, article, claim and link IndexedDB holds, keyed by table. */
function everything(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('parallax')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tables = ['cases', 'articles', 'claims', 'links']
          const tx = db.transaction(tables, 'readonly')
          const out: Record<string, unknown[]> = {}
          for (const t of tables) {
            const all = tx.objectStore(t).getAll()
            all.onsuccess = () => (out[t] = all.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(out)
          }
        }
      })
  )
}

const preview = (page: Page) => page.getByRole('dialog', { name: 'Import bundle?' })

test('an import that would change stored work asks first, keeps it unless chosen, and is undone exactly', async ({
  page
}) => {
  test.setTimeout(90_000)
  await openApp(page)

  // A first import: nothing here yet, so the preview lists only what it adds.
  await importByKeyboard(page, 'case.parallax.json', JSON.stringify(sampleBundle()))
  await expect(preview(page)).toContainText('add 1 case, 3 articles, 20 claims and 7 links')
  await expect(preview(page).getByRole('checkbox')).toHaveCount(0)
  await page.keyboard.press('Tab') // from Cancel to Import
  await expect(preview(page).getByRole('button', { name: 'Import' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Imported case.parallax.json. Added 1 case, 3 articles, 20 claims and 7 links.' })
  ).toBeVisible()
  const { bundle, claimId, articleId } = colleaguesVersion()
  const mine = { claim: await stored(page, 'claims', claimId), article: await stored(page, 'articles', articleId) }
  expect(mine.claim).toMatchObject({ status: 'confirmed', note: 'Matches the Joint Operations Command statement.' })

  // The colleague's version: the preview says what would change, field by field, and changes nothing by default.
  await importByKeyboard(page, NAME, JSON.stringify(bundle))
  const dialog = preview(page)
  await expect(dialog).toContainText('change 2 records you have')
  const claimRow = dialog.locator('.import-conflict').filter({ hasText: `the claim “${QUOTE}”` })
  await expect(claimRow.getByRole('row', { name: /^status/ })).toHaveText(/status\s*Confirmed\s*Rejected/)
  await expect(claimRow.getByRole('row', { name: /^note/ })).toHaveText(
    /note\s*Matches the Joint Operations Command statement\.\s*The ministry now says 15\./
  )
  await expect(claimRow.getByRole('row', { name: /^value/ })).toHaveText(
    /value\s*12 killed \(senior ISIL leaders\)\s*15 killed/
  )
  await expect(claimRow).toContainText('in the bundle 2030-01-01 00:00 UTC')
  const articleRow = dialog.locator('.import-conflict').filter({ hasText: 'the article “' })
  await expect(articleRow.getByRole('row', { name: /^title/ })).toHaveText(
    /title\s*Noose tightening around ISIL in al-Qaim\s*Twelve ISIL leaders killed, ministry says/
  )
  await expect(dialog.getByRole('checkbox').first()).toBeFocused()
  await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(
    page.getByRole('status').filter({
      hasText: `Nothing new in ${NAME}. Kept your version of 1 article and 1 claim; skipped 1 case, 2 articles, 19 claims and 7 links (already up to date).`
    })
  ).toBeVisible()
  expect(await stored(page, 'claims', claimId)).toEqual(mine.claim)
  expect(await stored(page, 'articles', articleId)).toEqual(mine.article)

  // Again, taking the bundle's version of the claim only: Tab to its box, Space, Enter.
  await importByKeyboard(page, NAME, JSON.stringify(bundle))
  await expect(dialog.getByRole('checkbox').first()).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(claimRow.getByRole('checkbox')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(claimRow.getByRole('checkbox')).toBeChecked()
  await expect(dialog).toContainText('2 records the bundle holds in another version: 1 taken')
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('status').filter({
      hasText: `Imported ${NAME}. Updated 1 claim with the bundle's version; kept your version of 1 article; skipped`
    })
  ).toBeVisible()
  expect(await stored(page, 'claims', claimId)).toEqual(bundle.claims.find((c: { id: string }) => c.id === claimId))
  expect(await stored(page, 'articles', articleId)).toEqual(mine.article)

  // Ctrl+Z puts back exactly what was stored.
  await page.locator('body').focus()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status').filter({ hasText: `Undone: Import ${NAME}.` })).toBeVisible()
  expect(await stored(page, 'claims', claimId)).toEqual(mine.claim)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByRole('status').filter({ hasText: `Redone: Import ${NAME}.` })).toBeVisible()
  expect(await stored(page, 'claims', claimId)).toMatchObject({ status: 'rejected', note: 'The ministry now says 15.' })
  await page.keyboard.press('Control+z')
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Undone: Import ${NAME}.` })
      .last()
  ).toBeVisible()
  await expect.poll(() => stored(page, 'claims', claimId)).toEqual(mine.claim)
})

test('the notice’s Undo removes what an import added and restores what it replaced', async ({ page }) => {
  await openApp(page)
  const before = await everything(page)
  await importByKeyboard(page, 'case.parallax.json', JSON.stringify(sampleBundle()))
  await preview(page).getByRole('button', { name: 'Import' }).click()
  const notice = page.getByRole('status').filter({ hasText: 'Imported case.parallax.json.' })
  await expect(notice).toBeVisible()
  await expect(page.locator('.case-title')).toHaveText('Al-Qaim strikes, summer 2016')
  await notice.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Import case.parallax.json.' })).toBeVisible()
  await expect(page.locator('.case-title')).toHaveText(SAMPLE.caseName)
  expect(await everything(page)).toEqual(before)
})

test('Cancel in the preview writes nothing', async ({ page }) => {
  await openApp(page)
  const before = await everything(page)
  await importByKeyboard(page, 'case.parallax.json', JSON.stringify(sampleBundle()))
  await expect(preview(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(preview(page)).toHaveCount(0)
  expect(await everything(page)).toEqual(before)
})

test('bundles of the hostile corpus are refused at the door with the file and the reason; the library is unchanged', async ({
  page
}) => {
  const refusals = JSON.parse(readFileSync(fixture('hostile', 'bundles', 'refusals.json'), 'utf8')) as Record<
    string,
    string
  >
  await openApp(page)
  const before = await everything(page)
  for (const name of [
    'url-javascript.json',
    'anchor-splits-surrogate-pair.json',
    'link-across-cases.json',
    'deeply-nested-invalid.json',
    'title-too-long.json'
  ]) {
    await importByKeyboard(page, name, readFileSync(fixture('hostile', 'bundles', name), 'utf8'))
    const alert = page.getByRole('alert').filter({ hasText: `${name} was not imported: nothing was changed.` })
    await expect(alert).toContainText(refusals[name]!)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
  }
  await expect(preview(page)).toHaveCount(0)
  expect(await everything(page)).toEqual(before)

  // Hostile in form, harmless as data: prototype words as ids import like any others.
  await importByKeyboard(
    page,
    'accepted-prototype-ids.json',
    readFileSync(fixture('hostile', 'bundles', 'accepted-prototype-ids.json'), 'utf8')
  )
  await preview(page).getByRole('button', { name: 'Import' }).click()
  await expect(page.locator('.case-title')).toHaveText('Border strike')
  await expect(page.locator('.case.selected .article-item')).toHaveCount(2)
  expect(await stored(page, 'claims', 'hasOwnProperty')).toMatchObject({ articleId: 'constructor' })
  expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false)
})
