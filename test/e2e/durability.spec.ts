/**
 * Nothing lost, in Chromium: a large bundle import is one transaction, so closing the page in the
 * middle of it leaves the library with all of it or none; a 50 MB file is refused at once, the
 * window stays responsive; unsaved edits in an open value editor survive an accidental reload.
 */
import { writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openApp, openFiles, selectText } from './helpers'

const ARTICLES = 300

/** A parallax/1 bundle of one case with ARTICLES articles of about 20 kB, each with two claims. */
function largeBundle(): string {
  const at = '2024-01-01T00:00:00.000Z'
  const paragraph =
    'Officials said twelve people were killed when the convoy was hit near the border crossing on Sunday. '
  const articles = Array.from({ length: ARTICLES }, (_, i) => {
    const text = `Article ${i} begins here. ` + paragraph.repeat(200)
    return {
      id: `big-${i}`,
      caseId: 'big-case',
      title: `Large import ${i}`,
      outlet: 'Wire',
      byline: '',
      url: '',
      lang: 'en',
      dir: 'ltr',
      text,
      captions: [],
      sourceFormat: 'text',
      sourceName: `big-${i}.txt`,
      contentHash: `big-${i}`,
      importedAt: at,
      updatedAt: at
    }
  })
  const claims = articles.flatMap((a) => [
    {
      id: `${a.id}-k1`,
      articleId: a.id,
      kind: 'casualty',
      anchor: { start: 0, end: 7, exact: 'Article', prefix: '', suffix: ' ' },
      value: { outcome: 'killed', min: 12, max: 12 },
      origin: 'manual',
      status: 'unreviewed',
      note: '',
      tags: [],
      createdAt: at,
      updatedAt: at
    },
    {
      id: `${a.id}-k2`,
      articleId: a.id,
      kind: 'other',
      anchor: { start: 8, end: 8 + String(a.id.slice(4)).length, exact: a.id.slice(4), prefix: 'Article ', suffix: '' },
      value: {},
      origin: 'manual',
      status: 'confirmed',
      note: 'n',
      tags: [],
      createdAt: at,
      updatedAt: at
    }
  ])
  return JSON.stringify({
    format: 'parallax/1',
    cases: [
      { id: 'big-case', name: 'Large import', articleIds: articles.map((a) => a.id), createdAt: at, updatedAt: at }
    ],
    articles,
    claims,
    links: []
  })
}

async function importBundle(page: Page, json: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'More ▾' }).click()
  await page.getByRole('menuitem', { name: 'Import bundle…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'large.parallax.json', mimeType: 'application/json', buffer: Buffer.from(json) })
  // the import is written once confirmed in its preview
  await page
    .getByRole('dialog', { name: 'Import bundle?' })
    .getByRole('button', { name: 'Import' })
    .click({ noWaitAfter: true })
}

/** What IndexedDB holds of the large case, read directly (no app code involved). */
function storedLargeCase(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ cases: number; articles: number; claims: number }>((resolve, reject) => {
        const open = indexedDB.open('parallax')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['cases', 'articles', 'claims'], 'readonly')
          const out = { cases: 0, articles: 0, claims: 0 }
          const kase = tx.objectStore('cases').count('big-case')
          kase.onsuccess = () => (out.cases = kase.result)
          const articles = tx.objectStore('articles').index('caseId').count('big-case')
          articles.onsuccess = () => (out.articles = articles.result)
          const claims = tx.objectStore('claims').getAllKeys()
          claims.onsuccess = () => (out.claims = (claims.result as string[]).filter((k) => k.startsWith('big-')).length)
          tx.oncomplete = () => {
            db.close()
            resolve(out)
          }
        }
      })
  )
}

test('closing the page in the middle of a large bundle import leaves all of it or none', async ({ page, context }) => {
  test.setTimeout(120_000)
  const json = largeBundle()
  // Watch IndexedDB from inside the page: once the import's transaction (cases, articles, claims
  // and links together) has written 50 articles, tell the test, which closes the page there and
  // then; the page is held busy meanwhile so the transaction cannot finish first.
  let writes = 0
  let closing: Promise<void> | undefined
  await page.exposeBinding('__parallaxMidImport', async (source, count: number) => {
    writes = count
    closing ??= source.page.close({ runBeforeUnload: false })
  })
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    let count = 0
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const stores = Array.from(this.transaction.objectStoreNames)
      if (this.name === 'articles' && stores.includes('links') && stores.includes('cases') && ++count === 50) {
        void (window as unknown as { __parallaxMidImport(n: number): Promise<void> }).__parallaxMidImport(count)
        const until = Date.now() + 5000
        while (Date.now() < until) {
          // busy: the page is closed while the transaction is still open
        }
      }
      return put.apply(this, args)
    }
  })
  await openApp(page)
  await importBundle(page, json)
  await expect.poll(() => page.isClosed(), { timeout: 60_000 }).toBe(true)
  await closing
  expect(writes).toBe(50)

  const again = await context.newPage()
  await openApp(again)
  expect(await storedLargeCase(again)).toEqual({ cases: 0, articles: 0, claims: 0 })
  await expect(again.locator('.case')).toHaveCount(1)

  // Uninterrupted, the same import writes all of it.
  await importBundle(again, json)
  await expect(again.getByRole('status').filter({ hasText: 'Imported large.parallax.json' })).toBeVisible({
    timeout: 60_000
  })
  expect(await storedLargeCase(again)).toEqual({ cases: 1, articles: ARTICLES, claims: ARTICLES * 2 })
})

test('a 50 MB text file is refused at once with its name and the reason; the window stays usable', async ({
  page
}, info) => {
  await openApp(page)
  const path = info.outputPath('huge.txt')
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'))
  const started = Date.now()
  await openFiles(page, [path])
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('huge.txt: is larger than 20 MB (50 MB)')
  expect(Date.now() - started).toBeLessThan(10_000)
  // Still responsive: a dialog opens, and the library did not change.
  await page.locator('.toolbar').getByRole('button', { name: 'Paste…' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.locator('.case.selected .count')).toHaveText('2 articles')
})

test('unsaved edits in an open value editor survive a reload, and are gone once saved', async ({ page }) => {
  await openApp(page)
  const editor = page.getByRole('dialog', { name: /claim$/ })
  await selectText(page, 'left', 'killed 12 senior ISIL leaders')
  await page.keyboard.press('c')
  await expect(editor).toBeVisible()
  await editor.getByLabel('Who').fill('senior ISIL leaders, unsaved')
  await editor.getByLabel('Note').fill('Check against the ministry statement')

  await page.reload()
  await expect(editor).toBeVisible()
  await expect(editor.getByRole('status')).toHaveText(/Restored your unsaved changes to this claim/)
  await expect(editor.getByLabel('Who')).toHaveValue('senior ISIL leaders, unsaved')
  await expect(editor.getByLabel('Note')).toHaveValue('Check against the ministry statement')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toHaveCount(0)

  await page.reload()
  await expect(page.locator('.pane')).toHaveCount(2)
  await page.waitForTimeout(500)
  await expect(editor).toHaveCount(0)
  await page.locator('.pane[data-side="left"] .hl-casualty').first().click()
  await expect(editor.getByLabel('Who')).toHaveValue('senior ISIL leaders, unsaved')
  await expect(editor.getByRole('status')).toHaveCount(0)
})
