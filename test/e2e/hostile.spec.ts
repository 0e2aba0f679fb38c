/**
 * Hostile content stays data. Every payload of test/fixtures/hostile/payloads.json goes through
 * every import path — Open (.txt and .md files), drop (.html pages), paste, Import bundle, and the
 * Details dialog — and the page must not run it (no canary, no dialog), not fetch anything off
 * 127.0.0.1, not grow live markup, and must show it literally where it is content.
 * Payloads are batched: one import per path, not one page load per payload.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { guardPage } from './guard'
import { dropFiles, fixture, openApp, openFiles, pane } from './helpers'

interface Payload {
  id: string
  category: string
  payload: string
}

const payloads = (JSON.parse(readFileSync(fixture('hostile', 'payloads.json'), 'utf8')) as { payloads: Payload[] })
  .payloads
/** Short enough to be a title, a field value or a quote (the long ones test bodies and attributes). */
const short = payloads.filter((p) => p.payload.length <= 300)

/**
 * What the canonical text makes of a payload: NFC, runs of white space as one space, and without
 * the invisible characters core/text drops (zero-width space, BOM, soft hyphen).
 */
const canonical = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\uFEFF\u200B\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

test.describe.configure({ timeout: 180_000 })

test('the corpus holds at least 100 payloads of every kind the issue names', () => {
  expect(payloads.length).toBeGreaterThanOrEqual(100)
  expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length)
  for (const kind of [
    'script',
    'event-handler',
    'javascript-url',
    'data-url',
    'svg',
    'css',
    'mutation-xss',
    'long',
    'bidi'
  ]) {
    expect(
      payloads.some((p) => p.category === kind),
      kind
    ).toBe(true)
  }
})

/**
 * The payloads whose expected text is not in `shown`, with what was expected and what the page
 * shows around the payload's id (the texts are too long to print whole).
 */
function missingFrom(
  shown: string | readonly string[],
  list: readonly Payload[],
  expected: (p: Payload) => string
): string[] {
  const haystack = typeof shown === 'string' ? shown : shown.join('\n')
  return list
    .filter((p) =>
      typeof shown === 'string' ? !shown.includes(canonical(expected(p))) : !shown.includes(canonical(expected(p)))
    )
    .map((p) => {
      const at = haystack.indexOf(p.id)
      return `${p.id}: expected ${JSON.stringify(canonical(expected(p)).slice(0, 120))}, shown ${JSON.stringify(at < 0 ? '(nothing)' : haystack.slice(Math.max(0, at - 20), at + 120))}`
    })
}

/**
 * The text of an element, whitespace-collapsed, as the page shows it. A long article's text renders
 * a slice a frame (aria-busy meanwhile): read it once it is all there.
 */
async function shownText(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector).first()
  await expect(element).not.toHaveAttribute('aria-busy', 'true')
  return canonical((await element.textContent()) ?? '')
}

test('Open: a .txt and a .md file per payload import as text; titles show literally, nothing runs or loads', async ({
  page
}, info) => {
  const guard = await guardPage(page)
  await openApp(page)
  const dir = info.outputPath('open')
  mkdirSync(dir, { recursive: true })
  const texts: string[] = []
  const markdown: string[] = []
  for (const p of payloads) {
    const title = `Hostile ${p.id} ${p.payload.length <= 300 ? p.payload : 'long payload'}`
    // The payload between two ordinary sentences: plain-text import takes what lies outside the
    // first and last sentence-like lines for page chrome.
    const body = `This is the first paragraph of hostile test ${p.id}, an ordinary sentence.\n\nIt quotes: ${p.payload}\n\nA last paragraph with enough ordinary words to make this an article rather than page chrome.\n`
    writeFileSync(join(dir, `${p.id}.txt`), `${title}\n\n${body}`)
    // Markdown may carry HTML, which is markup there: it is dropped, not shown, and never run.
    writeFileSync(
      join(dir, `${p.id}.md`),
      `# Markdown ${p.id} ${p.payload.length <= 300 ? p.payload : 'long'}\n\n${body}\n[a link](javascript:window.__pwned=1) ![an image](http://evil.example/md.png) is an ordinary sentence too.\n`
    )
    texts.push(join(dir, `${p.id}.txt`))
    markdown.push(join(dir, `${p.id}.md`))
  }
  const paths = [...markdown, ...texts]
  await openFiles(page, paths)
  await expect(page.getByRole('status').filter({ hasText: `Imported ${paths.length} articles` })).toBeVisible({
    timeout: 90_000
  })
  await guard.expectNothingEscaped()

  // The library is a live query: wait until it lists every import before reading it.
  await expect(page.locator('.case.selected .article-item')).toHaveCount(paths.length + 2)
  const titles = (await page.locator('.case.selected .article-item .title').allTextContents()).map(canonical)
  // A first line that does not look like a headline (it ends like a sentence, or holds a URL) is
  // not taken for the title; the file name stands in. Every title that was taken is the payload, literally.
  const taken = short.filter((p) => titles.some((t) => t.startsWith(`Hostile ${p.id} `)))
  expect(taken.length).toBeGreaterThan(100)
  expect(
    missingFrom(titles, taken, (p) => `Hostile ${p.id} ${p.payload}`),
    'titles not shown literally'
  ).toEqual([])
  // The newest import (the last .txt) is shown: its body holds the payload as text.
  const last = payloads[payloads.length - 1]!
  expect(await shownText(page, '.pane[data-side="right"] .article-text')).toContain(
    canonical(`It quotes: ${last.payload}`)
  )
  await guard.expectNothingEscaped()
})

test('drop: an .html page per payload (head, body, attributes) and one page quoting them all', async ({
  page
}, info) => {
  const guard = await guardPage(page)
  await openApp(page)
  const dir = info.outputPath('drop')
  mkdirSync(dir, { recursive: true })
  const paths: string[] = []
  for (const p of payloads) {
    const title = `Hostile page ${p.id}`
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title} ${p.payload}</title>
<meta property="og:title" content="${escapeHtml(`${title} ${p.payload}`)}"><meta name="author" content="${escapeHtml(p.payload)}">
${p.payload}</head><body onload="window.__pwned=1">${p.payload}<article><h1>${title}</h1>
<p>The first paragraph of hostile page ${p.id} quotes the payload: ${escapeHtml(p.payload)}</p>
<p>${p.payload}</p>
<p>A third paragraph with enough ordinary words for the extractor to take this for an article body, as pages of news sites are.</p>
<p>A fourth paragraph, because article extraction wants several paragraphs of prose before it trusts a page to be an article.</p>
</article></body></html>`
    writeFileSync(join(dir, `${p.id}.html`), html)
    paths.push(join(dir, `${p.id}.html`))
  }
  await dropFiles(page, paths)
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ articles/ })).toBeVisible({ timeout: 90_000 })
  await guard.expectNothingEscaped()

  // One page quoting every payload as text (as markup they rebuild the page's structure, which
  // the per-payload pages above cover): all of it must be shown literally.
  const all = `<!doctype html><html><head><meta charset="utf-8"><title>Every hostile payload, quoted</title></head><body><article><h1>Every hostile payload, quoted</h1>
<p>This page quotes every hostile payload of the corpus, one to a paragraph, as an ordinary sentence says.</p>
${payloads.map((p) => `<p>Payload ${p.id} reads: ${escapeHtml(p.payload)}</p>`).join('\n')}
<p>That was the last of them, and this closing paragraph is an ordinary sentence as well.</p>
</article></body></html>`
  writeFileSync(join(dir, 'all.html'), all)
  await dropFiles(page, [join(dir, 'all.html')])
  const right = pane(page, 'right')
  await expect(right.locator('.article-title')).toHaveText('Every hostile payload, quoted', { timeout: 30_000 })
  const text = await shownText(page, '.pane[data-side="right"] .article-text')
  expect(
    missingFrom(text, payloads, (p) => `Payload ${p.id} reads: ${p.payload}`),
    'payloads not shown literally'
  ).toEqual([])
  await guard.expectNothingEscaped()
})

test('paste: every payload as a paragraph shows literally in the pane', async ({ page }) => {
  const guard = await guardPage(page)
  await openApp(page)
  await page.locator('.toolbar').getByRole('button', { name: 'Paste…' }).click()
  const dialog = page.getByRole('dialog')
  const text = [
    `Hostile paste ${short[0]!.payload}`,
    'This is the first paragraph of the pasted hostile article, an ordinary sentence.',
    ...payloads.map((p) => `Paragraph ${p.id}: ${p.payload}`),
    'The last paragraph is an ordinary sentence as well.'
  ].join('\n\n')
  await dialog.locator('textarea').fill(text)
  await dialog.getByLabel('Source name (optional)').fill('<img src=x onerror=window.__pwned=1>.txt')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0, { timeout: 30_000 })
  const right = pane(page, 'right')
  await expect(right.locator('.article-title')).toHaveText(`Hostile paste ${short[0]!.payload}`)
  const shown = await shownText(page, '.pane[data-side="right"] .article-text')
  expect(
    missingFrom(shown, payloads, (p) => `Paragraph ${p.id}: ${p.payload}`),
    'paragraphs not shown literally'
  ).toEqual([])
  await guard.expectNothingEscaped()
})

/**
 * A parallax/1 bundle whose every text field carries a payload; with `payloadUrls`, the URLs too
 * (which the door refuses: no payload is an address Parallax would open).
 */
function hostileBundle(payloadUrls = false): string {
  const at = '2024-01-01T00:00:00.000Z'
  const caseId = 'hostile-case'
  const articles = payloads.map((p, i) => {
    const quote = p.payload
    const text = `Quoted: ${quote}\n\nA second paragraph of the hostile bundle article ${p.id}.`
    return {
      id: `hostile-article-${p.id}`,
      caseId,
      title: `Bundle ${p.id} ${p.payload.slice(0, 300)}`,
      outlet: p.payload.slice(0, 200),
      byline: p.payload.slice(0, 200),
      url: payloadUrls && i % 2 ? p.payload : `https://news.example/${encodeURIComponent(p.id)}`,
      lang: 'en',
      dir: 'ltr',
      text,
      captions: [p.payload],
      sourceFormat: 'html',
      sourceName: `${p.payload.slice(0, 100)}.html`,
      contentHash: `sha256:hostile-${p.id}`,
      importedAt: at,
      updatedAt: at
    }
  })
  const claims = payloads.map((p) => ({
    id: `hostile-claim-${p.id}`,
    articleId: `hostile-article-${p.id}`,
    kind: 'attribution',
    anchor: { start: 8, end: 8 + p.payload.length, exact: p.payload, prefix: 'Quoted: ', suffix: '\n\nA second' },
    value: { speaker: p.payload.slice(0, 200), quote: p.payload.slice(0, 200) },
    origin: 'manual',
    status: 'unreviewed',
    note: p.payload,
    tags: [p.payload.slice(0, 60)],
    createdAt: at,
    updatedAt: at
  }))
  const kase = {
    id: caseId,
    name: `Hostile bundle ${short[0]!.payload}`,
    articleIds: articles.map((a) => a.id),
    createdAt: at,
    updatedAt: at
  }
  return JSON.stringify({ format: 'parallax/1', cases: [kase], articles, claims, links: [] })
}

async function importBundle(page: Page, name: string, json: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'More ▾' }).click()
  await page.getByRole('menuitem', { name: 'Import bundle…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) })
}

test('Import bundle: titles, texts, notes, values and captions carrying payloads stay data; payload URLs are refused at the door', async ({
  page
}) => {
  const guard = await guardPage(page)
  await openApp(page)
  // URLs first: the door refuses the bundle whole, naming the first address and why.
  await importBundle(page, 'hostile-urls.parallax.json', hostileBundle(true))
  const refused = page
    .getByRole('alert')
    .filter({ hasText: 'hostile-urls.parallax.json was not imported: nothing was changed.' })
  await expect(refused).toContainText(`articles[1] (id hostile-article-${payloads[1]!.id}) url: `)
  await expect(refused).toContainText('cannot be kept: ')
  await refused.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.locator('.case')).toHaveCount(1)

  await importBundle(page, 'hostile.parallax.json', hostileBundle())
  await page.getByRole('dialog', { name: 'Import bundle?' }).getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported hostile.parallax.json' })).toBeVisible({
    timeout: 60_000
  })
  await expect(page.locator('.case-title')).toHaveText(`Hostile bundle ${short[0]!.payload}`)
  await guard.expectNothingEscaped()

  await expect(page.locator('.case.selected .article-item')).toHaveCount(payloads.length)
  const titles = (await page.locator('.case.selected .article-item .title').allTextContents()).map(canonical)
  expect(
    missingFrom(titles, payloads, (p) => `Bundle ${p.id} ${p.payload.slice(0, 300)}`),
    'titles not shown literally'
  ).toEqual([])

  // Each article in turn in the right pane: header fields and the quoted text, literally.
  for (const p of short.filter((_, i) => i % 6 === 0)) {
    await page
      .locator('.case.selected .article-item')
      .filter({ hasText: `Bundle ${p.id} ` })
      .first()
      .click()
    const shown = page.locator(`.pane[data-article-id="hostile-article-${p.id}"]`)
    await expect(shown.locator('.article-text')).toContainText(
      `Quoted: ${p.payload}`.replace(/\s+/g, ' ').trim().slice(0, 80)
    )
    // an outlet left empty by the payload shows the article's derived display name instead
    const outlet = canonical((await shown.locator('.outlet').first().textContent()) ?? '')
    if (canonical(p.payload.slice(0, 200))) expect(outlet).toBe(canonical(p.payload.slice(0, 200)))
    else expect(outlet).not.toBe('')
  }
  await guard.expectNothingEscaped()

  // A quote with a right-to-left override: the value editor shows the control, and the title's.
  const rlo = payloads.find((p) => p.payload === 'Invoice\u202Egnp.exe')!
  await page
    .locator('.case.selected .article-item')
    .filter({ hasText: `Bundle ${rlo.id}` })
    .first()
    .click()
  await page.locator(`.pane [data-claim-id="hostile-claim-${rlo.id}"]`).first().click()
  const editor = page.getByRole('dialog', { name: /claim/ })
  await expect(editor.locator('.claim-quote')).toHaveText('“Invoice⟨U+202E⟩gnp.exe”')
  await expect(editor.locator('.bidi-warning')).toContainText(
    'Note holds invisible direction characters: Invoice⟨U+202E⟩gnp.exe'
  )
  await editor.getByRole('button', { name: 'Close' }).press('Escape')
  await expect(editor).toHaveCount(0)
  // Words like "constructor" in the texts once broke the comparison of the two panes.
  await expect(page.getByRole('alert')).toHaveCount(0)
  await guard.expectNothingEscaped()
})

test('Details dialog: payloads typed into title, outlet and byline show literally; a bidi title is revealed', async ({
  page
}) => {
  const guard = await guardPage(page)
  await openApp(page)
  const left = pane(page, 'left')
  const typed = short.filter((p) => p.payload.trim() !== '')
  for (let i = 0; i < typed.length; i += 3) {
    const [title, outlet, byline] = [typed[i]!, typed[i + 1] ?? typed[0]!, typed[i + 2] ?? typed[0]!].map(
      (p) => p.payload
    )
    await left.getByRole('button', { name: 'Details…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Article details' })
    await dialog.getByLabel('Title').fill(title!)
    await dialog.getByLabel('Outlet').fill(outlet!)
    await dialog.getByLabel('Byline').fill(byline!)
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toHaveCount(0)
    await expect
      .poll(() => shownText(page, '.pane[data-side="left"] .article-title'), { message: `title ${typed[i]!.id}` })
      .toBe(canonical(title!))
    expect(await shownText(page, '.pane[data-side="left"] .article-header .outlet'), `outlet ${typed[i + 1]?.id}`).toBe(
      canonical(outlet!)
    )
    expect(await shownText(page, '.pane[data-side="left"] .article-meta'), `byline ${typed[i + 2]?.id}`).toContain(
      canonical(byline!)
    )
  }
  await guard.expectNothingEscaped()

  // A title with a right-to-left override: the editor shows the control instead of obeying it.
  await left.getByRole('button', { name: 'Details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('Title').fill('Invoice\u202Egnp.exe')
  await expect(dialog.locator('.bidi-warning')).toContainText(
    'Title holds invisible direction characters: Invoice⟨U+202E⟩gnp.exe'
  )
  await dialog.getByRole('button', { name: 'Save' }).click()
  // In the pane the title is isolated: the override cannot reach the text after it.
  await expect(left.locator('h1.article-title')).toHaveAttribute('dir', 'auto')
  await guard.expectNothingEscaped()
})

test('an article URL opens only after confirmation, in a new tab without an opener; a javascript: URL is not a link', async ({
  page,
  baseURL
}) => {
  const guard = await guardPage(page, { allowPopups: true })
  await openApp(page)
  const left = pane(page, 'left')
  const address = `${baseURL}/?from-article=1`
  await left.getByRole('button', { name: 'Details…' }).click()
  let dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('URL').fill(address)
  await dialog.getByRole('button', { name: 'Save' }).click()

  const link = left.locator('.article-url').getByRole('button', { name: address })
  await link.click()
  const confirm = page.getByRole('dialog', { name: 'Open in your browser?' })
  await expect(confirm).toContainText(`Open ${address} in your browser?`)
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  expect(guard.popups).toEqual([])

  const popup = page.context().waitForEvent('page')
  await link.click()
  await page.getByRole('dialog', { name: 'Open in your browser?' }).getByRole('button', { name: 'Open' }).click()
  const opened = await popup
  await opened.waitForLoadState()
  expect(opened.url()).toBe(address)
  expect(await opened.evaluate(() => window.opener)).toBeNull()
  await opened.close()

  // An address the one rule refuses (src/core/url) is never stored: the dialog says why and keeps the old one.
  await left.getByRole('button', { name: 'Details…' }).click()
  dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('URL').fill('https://news.example@evil.example/\u202Etxt.exe')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('This web address cannot be used')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(left.locator('.article-url').getByRole('button', { name: address })).toBeVisible()
  await guard.expectNothingEscaped()
})
