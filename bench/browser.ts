/**
 * The browser benchmarks: the BUILT renderer (out/renderer) served by `vite preview` on 127.0.0.1,
 * driven in Debian's Chromium by Playwright, with real IndexedDB. A bench page (bench/browser, built
 * here) is served on the same origin under /__bench/ through Playwright's routing, so it shares the
 * app's IndexedDB: it runs the store benchmarks with the app's repository and seeds the app's
 * database before the reader benchmarks open the app itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { generateHtmlPage } from './gen'
import { fixtureParagraphs } from './inputs'

const ROOT = path.join(__dirname, '..')
const OUT = path.join(ROOT, 'out', 'renderer')
/** PARALLAX_BENCH_DIST lets two bench runs of different working copies build their pages apart. */
const BENCH_DIST = process.env.PARALLAX_BENCH_DIST ?? path.join(__dirname, 'browser', 'dist')
/** Not the e2e tests' 4173, so the bench can run while they do. */
const PORT = Number(process.env.PARALLAX_BENCH_PORT ?? 4183)
const ORIGIN = `http://127.0.0.1:${PORT}`
export const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium'
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync'
]

interface Timing {
  median: number
  min: number
  max: number
  runs: number
}

/** The browser benchmarks by name, for `--only`. */
export const BROWSER_SECTIONS = ['store', 'read', 'import', 'open', 'memory', 'bundle'] as const
export type BrowserSection = (typeof BROWSER_SECTIONS)[number]

/** Each section is absent when `--only` left it out. */
export interface BrowserResults {
  chromium: string
  bundle?: {
    files: { name: string; bytes: number; gzip: number }[]
    jsGzip: number
    cssGzip: number
    totalGzip: number
    totalRaw: number
  }
  store?: { repo: Timing; raw: Timing; claims: number }
  readByIndex?: { timing: Timing; raw: Timing; count: number }
  ingestApp?: { timing: Timing; parse: Timing; readability: Timing; bytes: number; chars: number }
  open?: {
    cold: { text: Timing; highlights: Timing; done: Timing }
    switch: { text: Timing; highlights: Timing; done: Timing }
    highlights: number
    scroll: { longTasks: number; longestMs: number; steps: number; scrollHeight: number; frames: number }
    openLongTasks: { count: number; longestMs: number }
  }
  memory?: { usedMB: number; totalMB: number; articles: number; words: number }
  /** Files dropped on the app: drop → "Imported" notice, and the window's long tasks until the new article is painted. */
  appImport?: AppImport[]
}

export interface LongTasks {
  count: number
  longestMs: number
  totalMs: number
}

export interface AppImport {
  what: string
  bytes: number
  chars: number
  /** importing.ts's steps timed one by one in the bench page: worker, window's DOM, store */
  steps?: { prepare: Timing; read: Timing; store: Timing }
  /** the same with the page reader frame, for web pages (the app's path) */
  frameSteps?: { prepare: Timing; read: Timing; store: Timing }
  /** drop → the "Imported" notice */
  notice: Timing
  /** drop → the new article's whole text painted */
  painted: Timing
  /** per run: the window's long tasks from the drop to the notice (reading and storing the file) */
  importing: LongTasks[]
  /** per run: the window's long tasks from the notice until the new article is painted in full */
  rendering: LongTasks[]
}

function summary(xs: number[]): Timing {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return {
    median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    min: s[0]!,
    max: s[s.length - 1]!,
    runs: s.length
  }
}

function newestMtime(p: string): number {
  const st = statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const e of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)))
  return newest
}

/** Builds the renderer when out/renderer is missing or older than its sources. */
export function ensureRendererBuilt(log: (s: string) => void): void {
  const index = path.join(OUT, 'index.html')
  const sources = ['src/renderer', 'src/core', 'electron.vite.config.ts', 'package.json'].map((p) => path.join(ROOT, p))
  const stale = !existsSync(index) || Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs
  if (!stale) return log('out/renderer is up to date')
  log('building the renderer (electron-vite build)')
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  if (r.status !== 0) throw new Error('electron-vite build failed')
}

/** Builds the bench page (bench/browser → bench/browser/dist). */
export function buildBenchPage(log: (s: string) => void): void {
  log('building the bench page (bench/browser)')
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      path.join(__dirname, 'browser', 'vite.config.mts')
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
    }
  )
  if (r.status !== 0) throw new Error('the bench page build failed')
}

/** Gzip size (level 6, as a web server sends it) of every script and style sheet of the built renderer. */
export function bundleSizes(): BrowserResults['bundle'] {
  const dir = path.join(OUT, 'assets')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name))
      return { name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length }
    })
  const sum = (pred: (n: string) => boolean) => files.filter((f) => pred(f.name)).reduce((t, f) => t + f.gzip, 0)
  return {
    files,
    jsGzip: sum((n) => n.endsWith('.js')),
    cssGzip: sum((n) => n.endsWith('.css')),
    totalGzip: sum(() => true),
    totalRaw: files.reduce((t, f) => t + f.bytes, 0)
  }
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--outDir',
      'out/renderer',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort'
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe']
    }
  )
  let err = ''
  child.stderr!.on('data', (d) => (err += d))
  for (let k = 0; k < 150; k++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${err}`)
    try {
      const r = await fetch(ORIGIN)
      if (r.ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`vite preview did not answer on ${ORIGIN}`)
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 1400, height: 860 } })
  // the bench page, on the app's origin
  await context.route(`${ORIGIN}/__bench/**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/__bench\/?/, '') || 'index.html'
    const file = path.join(BENCH_DIST, rel)
    if (!file.startsWith(BENCH_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    await route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' }
    })
  })
  return context
}

async function benchPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/__bench/index.html')
  await page.waitForFunction(() => document.title === 'bench ready')
  return page
}

/**
 * In the app page, before its scripts: long tasks are collected from the start, and for each pane's
 * article the paint times of its text and of its first highlight are recorded in `__painted[id]`
 * (ms since navigation start). "Painted" is the first frame in which the element is in the DOM: a
 * MutationObserver sees `.pane[data-article-id=id] .article-text p` (or `.hl`), the next
 * requestAnimationFrame callback posts a MessageChannel message, and the time is taken when that
 * message runs, i.e. after that frame's rendering update (style, layout, paint) was done.
 */
// A string, not a function: tsx wraps named functions in a __name() helper the page does not have.
const APP_INIT = `(() => {
  const w = window
  w.__longTasks = []
  w.__painted = {}
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  const pending = new Set()
  const afterPaint = (key, set) => {
    if (pending.has(key)) return
    pending.add(key)
    requestAnimationFrame(() => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => {
        pending.delete(key)
        set(performance.now())
      }
      ch.port2.postMessage(null)
    })
  }
  const check = () => {
    for (const pane of document.querySelectorAll('.pane[data-article-id]')) {
      const id = pane.dataset.articleId
      const rec = (w.__painted[id] ??= {})
      if (rec.text === undefined && pane.querySelector('.article-text p')) afterPaint(id + ':text', (t) => { const r = (w.__painted[id] ??= {}); r.text ??= t })
      if (rec.hl === undefined && pane.querySelector('.article-text .hl')) afterPaint(id + ':hl', (t) => { const r = (w.__painted[id] ??= {}); r.hl ??= t })
      if (rec.done === undefined && pane.querySelector('.article-text:not([aria-busy]) .hl')) afterPaint(id + ':done', (t) => { const r = (w.__painted[id] ??= {}); r.done ??= t })
    }
  }
  // aria-busy leaves .article-text when its last slice of text and highlights is rendered
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] })
})()`

type AppWindow = {
  __longTasks: { start: number; duration: number }[]
  __painted: Record<string, { text?: number; hl?: number; done?: number }>
}

const textSel = (id: string) => `.pane[data-article-id="${id}"] .article-text p`

/**
 * Waits until the article's text, its first highlight, and the whole text with every highlight
 * (the reader renders a long text a slice per frame; `aria-busy` is gone once it is all there)
 * have been painted; returns their times (ms since navigation start).
 */
async function painted(page: Page, id: string): Promise<{ text: number; hl: number; done: number }> {
  const handle = await page
    .waitForFunction(
      (a) => {
        const r = (window as unknown as AppWindow).__painted[a]
        return r && r.text !== undefined && r.hl !== undefined && r.done !== undefined ? r : null
      },
      id,
      { timeout: 60_000, polling: 50 }
    )
    .catch(async (e) => {
      await page.screenshot({ path: path.join(__dirname, 'results', 'failed-open.png') })
      const state = await page.evaluate(() => ({
        painted: (window as unknown as AppWindow).__painted,
        panes: [...document.querySelectorAll<HTMLElement>('.pane')].map((p) => p.dataset.articleId)
      }))
      throw new Error(
        `article ${id} was not painted with its highlights: ${JSON.stringify(state)} (${(e as Error).message}); see bench/results/failed-open.png`
      )
    })
  return (await handle.jsonValue()) as { text: number; hl: number; done: number }
}

/** Cold open (app start showing the article) and switch (library click → article) timings, then a scroll for long tasks. */
async function openBench(
  browser: Browser,
  pool: string[],
  seed: number,
  log: (s: string) => void
): Promise<BrowserResults['open']> {
  const context = await newContext(browser)
  await context.addInitScript({ content: APP_INIT })
  const seeder = await benchPage(context)
  log('seeding the app: a 20,000-word article with 2,000 claims and two 1,000-word articles')
  const seeded = await seeder.evaluate(([p, s]) => window.bench.seedApp(p, s, [20_000, 1_000, 1_000], 2_000, 0, 1), [
    pool,
    seed
  ] as const)
  const [big, small1, small2] = seeded.articleIds as [string, string, string]
  const app = await context.newPage()

  // cold: the app starts with the big article in the left pane (time origin = navigation start)
  log('opening the app on the 20,000-word article (cold start, 5 loads)')
  const coldText: number[] = []
  const coldHl: number[] = []
  const coldDone: number[] = []
  for (let k = 0; k < 6; k++) {
    await app.goto('/')
    const p = await painted(app, big)
    if (k > 0) {
      coldText.push(p.text)
      coldHl.push(p.hl)
      coldDone.push(p.done)
    }
  }
  const highlights = await app.evaluate(
    (id) =>
      new Set(
        [...document.querySelectorAll(`.pane[data-article-id="${id}"] [data-claim-id]`)].map(
          (e) => (e as HTMLElement).dataset.claimId
        )
      ).size,
    big
  )

  // scrolling the big article top to bottom, one screen per frame pair, counting long tasks
  await app.waitForTimeout(1_500)
  const scroll = await app.evaluate(async (id) => {
    const w = window as unknown as AppWindow
    const pane = document.querySelector<HTMLElement>(`.pane[data-article-id="${id}"] .pane-scroll`)!
    await new Promise((r) => requestAnimationFrame(r))
    const from = performance.now()
    let steps = 0
    let frames = 0
    pane.scrollTop = 0
    while (pane.scrollTop + pane.clientHeight < pane.scrollHeight - 1) {
      pane.scrollTop += Math.round(pane.clientHeight * 0.9)
      steps++
      await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(r))
      frames += 2
    }
    await new Promise((r) => setTimeout(r, 200))
    const to = performance.now()
    const tasks = w.__longTasks.filter((t) => t.start >= from && t.start <= to)
    return {
      longTasks: tasks.length,
      longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
      steps,
      scrollHeight: pane.scrollHeight,
      frames
    }
  }, big)
  const openLongTasks = await app.evaluate(() => {
    const w = window as unknown as AppWindow
    return { count: w.__longTasks.length, longestMs: Math.max(0, ...w.__longTasks.map((t) => t.duration)) }
  })

  // switch: two small articles shown; a click on the big one in the library shows it in the right pane
  log('switching to the 20,000-word article from the library (5 times)')
  await seeder.evaluate(([c, l, r]) => window.bench.setPanes(c, l, r), [seeded.caseId, small1, small2] as const)
  await app.goto('/')
  await app.waitForSelector(textSel(small2))
  await app.waitForTimeout(1_000)
  const switchText: number[] = []
  const switchHl: number[] = []
  const switchDone: number[] = []
  const click = (title: string) =>
    app.evaluate((t) => {
      const button = [...document.querySelectorAll<HTMLElement>('.article-item')].find(
        (b) => b.querySelector('.title')?.textContent === t
      )
      if (!button) throw new Error(`no library entry "${t}"`)
      const t0 = performance.now()
      button.click()
      return t0
    }, title)
  for (let k = 0; k < 6; k++) {
    await app.evaluate((id) => delete (window as unknown as AppWindow).__painted[id], big)
    const t0 = await click('Article 1 (20,000 words)')
    const p = await painted(app, big)
    const [t, h] = [p.text - t0, p.hl - t0]
    if (k > 0) {
      switchText.push(t)
      switchHl.push(h)
      switchDone.push(p.done - t0)
    }
    // back to the small article, and let the page settle
    await click('Article 3 (1,000 words)')
    await app.waitForSelector(textSel(small2))
    await app.waitForTimeout(500)
  }
  await context.close()
  return {
    cold: { text: summary(coldText), highlights: summary(coldHl), done: summary(coldDone) },
    switch: { text: summary(switchText), highlights: summary(switchHl), done: summary(switchDone) },
    highlights,
    scroll,
    openLongTasks
  }
}

async function memoryBench(
  browser: Browser,
  pool: string[],
  seed: number,
  log: (s: string) => void
): Promise<BrowserResults['memory']> {
  const context = await newContext(browser)
  const seeder = await benchPage(context)
  log('seeding the app: a case of 50 articles × 10,000 words')
  const words = Array.from({ length: 50 }, () => 10_000)
  const seeded = await seeder.evaluate(([p, s, w]) => window.bench.seedApp(p, s, w, 0, 0, 1), [
    pool,
    seed,
    words
  ] as const)
  await seeder.close()
  const app = await context.newPage()
  await app.goto('/')
  await app.waitForSelector(textSel(seeded.articleIds[0]!))
  await app.waitForSelector(textSel(seeded.articleIds[1]!))
  // let the comparison of the two panes and any live queries finish
  await app.waitForTimeout(4_000)
  const cdp = await context.newCDPSession(app)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN
  await context.close()
  return {
    usedMB: metric('JSHeapUsedSize') / 2 ** 20,
    totalMB: metric('JSHeapTotalSize') / 2 ** 20,
    articles: 50,
    words: 10_000
  }
}

/** A ~10 MB PDF: the TraceMonkey paper (test/fixtures/documents) ten times over, joined by poppler's pdfunite. */
function tenMegabytePdf(): Uint8Array | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-pdf10-'))
  try {
    const one = path.join(ROOT, 'test', 'fixtures', 'documents', 'tracemonkey.pdf')
    const out = path.join(dir, 'tracemonkey-x10.pdf')
    const run = spawnSync('pdfunite', [...Array.from({ length: 10 }, () => one), out], { stdio: 'ignore' })
    return run.status === 0 ? new Uint8Array(readFileSync(out)) : null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The app started in `context` (its sample case listed, a second to settle), and a file dragged
 * over its window, the drop overlay shown: the drop itself is the caller's, with `transfer` on
 * `target`; `before` are the articles the panes showed.
 */
export async function holdFileOverApp(context: BrowserContext, name: string, bytes: Uint8Array) {
  const app = await context.newPage()
  await app.goto('/')
  await app.waitForSelector('.case.selected .article-item')
  await app.waitForTimeout(1_000)
  const transfer = await app.evaluateHandle(
    ([n, b64]) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([data], n))
      return dt
    },
    [name, Buffer.from(bytes).toString('base64')] as const
  )
  const target = app.locator('.workspace')
  await target.dispatchEvent('dragenter', { dataTransfer: transfer })
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await app.waitForSelector('.drop-overlay')
  const before = await app.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pane[data-article-id]')].map((p) => p.dataset.articleId!)
  )
  return { app, target, transfer, before }
}

/**
 * One file dropped on the app (a fresh profile each run, so nothing is a duplicate): the time to the
 * "Imported" notice and to the new article's text painted in full, and the window's long tasks
 * (PerformanceObserver 'longtask', from the init script) while the file is read and stored (drop →
 * notice) and while the reader then renders it (notice → painted).
 */
async function dropOnApp(browser: Browser, name: string, bytes: Uint8Array) {
  const context = await newContext(browser)
  await context.addInitScript({ content: APP_INIT })
  const { app, target, transfer, before } = await holdFileOverApp(context, name, bytes)
  const t0 = await app.evaluate(() => performance.now())
  await target.dispatchEvent('drop', { dataTransfer: transfer })
  const notice = await app.waitForFunction(
    () =>
      [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.startsWith('Imported')) &&
      performance.now(),
    undefined,
    { timeout: 120_000, polling: 'raf' }
  )
  const noticeAt = (await notice.jsonValue()) as number
  // the new article's pane (not one shown before the drop), its text rendered to the end
  const done = await app.waitForFunction(
    (old) => {
      const pane = [...document.querySelectorAll<HTMLElement>('.pane[data-article-id]')].find(
        (p) => !old.includes(p.dataset.articleId!)
      )
      const text = pane?.querySelector('.article-text:not([aria-busy])')
      return text && text.querySelector('p') ? performance.now() : null
    },
    before,
    { timeout: 120_000, polling: 'raf' }
  )
  const doneAt = (await done.jsonValue()) as number
  // a frame's worth after the paint, so a long task ending it is recorded
  await app.waitForTimeout(300)
  const result = await app.evaluate(
    ([from, notice, to]) => {
      const all = (window as unknown as AppWindow).__longTasks
      // a task running across the notice counts in the phase where it started
      const [importing, rendering] = [
        [from, notice],
        [notice, to]
      ].map(([a, b]) => {
        const tasks = all.filter((t) => t.start >= a! && t.start < b!)
        return {
          count: tasks.length,
          longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
          totalMs: tasks.reduce((n, t) => n + t.duration, 0)
        }
      })
      const chars = Math.max(
        ...[...document.querySelectorAll('.pane .article-text')].map((e) => e.textContent?.length ?? 0)
      )
      return { importing: importing!, rendering: rendering!, chars }
    },
    [t0, noticeAt, doneAt] as const
  )
  await context.close()
  return { notice: noticeAt - t0, painted: doneAt - t0, ...result }
}

async function appImportBench(
  browser: Browser,
  pool: string[],
  seed: number,
  log: (s: string) => void
): Promise<AppImport[]> {
  const files: { what: string; name: string; bytes: Uint8Array }[] = [
    {
      what: 'a 1 MB saved page',
      name: 'saved-page.html',
      bytes: new TextEncoder().encode(generateHtmlPage(pool, seed, 1 << 20))
    }
  ]
  const pdf = tenMegabytePdf()
  if (pdf)
    files.push({
      what: `a ${(pdf.length / 1e6).toFixed(1)} MB PDF (TraceMonkey ×10, 140 pages)`,
      name: 'tracemonkey-x10.pdf',
      bytes: pdf
    })
  else log('pdfunite (poppler) is missing: the 10 MB PDF import is not measured')
  const out: AppImport[] = []
  const context = await newContext(browser)
  const page = await benchPage(context)
  const steps = []
  const frameSteps = []
  for (const f of files) {
    log(`the app's import steps on ${f.what}, one by one (1 warm-up, 5 runs)`)
    const b64 = Buffer.from(f.bytes).toString('base64')
    steps.push(await page.evaluate(([n, b]) => window.bench.importSteps(n, b, 1, 5), [f.name, b64] as const))
    frameSteps.push(
      f.name.endsWith('.html')
        ? await page.evaluate(([n, b]) => window.bench.importSteps(n, b, 1, 5, true), [f.name, b64] as const)
        : undefined
    )
  }
  await context.close()
  for (const [i, f] of files.entries()) {
    log(`dropping ${f.what} on the app (1 warm-up, 5 runs, a fresh profile each)`)
    const runs = []
    for (let k = 0; k < 6; k++) {
      const r = await dropOnApp(browser, f.name, f.bytes)
      if (k > 0) runs.push(r)
    }
    out.push({
      what: f.what,
      bytes: f.bytes.length,
      steps: steps[i],
      frameSteps: frameSteps[i],
      chars: runs[0]!.chars,
      notice: summary(runs.map((r) => r.notice)),
      painted: summary(runs.map((r) => r.painted)),
      importing: runs.map((r) => r.importing),
      rendering: runs.map((r) => r.rendering)
    })
  }
  return out
}

export async function runBrowser(
  seed: number,
  log: (s: string) => void,
  sections: ReadonlySet<BrowserSection> = new Set(BROWSER_SECTIONS)
): Promise<BrowserResults> {
  const wants = (s: BrowserSection) => sections.has(s)
  // store, read and import run in the bench page: the app's build only has to exist to serve the origin
  if (
    wants('open') ||
    wants('memory') ||
    wants('bundle') ||
    wants('import') ||
    !existsSync(path.join(OUT, 'index.html'))
  )
    ensureRendererBuilt(log)
  // every benchmark but the bundle's uses the bench page (to measure, or to seed the app's database)
  if ([...sections].some((x) => x !== 'bundle')) buildBenchPage(log)
  const pool = fixtureParagraphs()
  const preview = await startPreview()
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS })
    const results: BrowserResults = { chromium: browser.version() }
    if (wants('bundle')) results.bundle = bundleSizes()

    if (wants('store') || wants('read') || wants('import')) {
      const context = await newContext(browser)
      const page = await benchPage(context)
      if (wants('store') || wants('read')) {
        // the store: 50 articles × 2,000 claims = 100,000 claims, one warm-up at 1,000, three timed runs
        // (reading needs the stored claims, so it runs one store pass when the store is not measured)
        const runs = wants('store') ? 3 : 1
        log(
          `storing 100,000 claims: the repository and a raw IndexedDB put loop (1 warm-up, ${runs} run${runs > 1 ? 's' : ''})`
        )
        await page.evaluate(([p, s]) => window.bench.store(p, s, 5, 200, 0).then((r) => window.bench.drop(r.dbName)), [
          pool,
          seed
        ] as const)
        const repo: number[] = []
        const raw: number[] = []
        let last: { claims: number; articleId: string; dbName: string } | undefined
        for (let run = 1; run <= runs; run++) {
          if (last) await page.evaluate((n) => window.bench.drop(n), last.dbName)
          const r = await page.evaluate(([p, s, k]) => window.bench.store(p, s, 50, 2_000, k), [
            pool,
            seed,
            run
          ] as const)
          repo.push(r.repoMs)
          raw.push(r.rawMs)
          last = r
        }
        if (wants('store')) results.store = { repo: summary(repo), raw: summary(raw), claims: last!.claims }
        if (wants('read')) {
          log("reading one article's 2,000 claims by index (5 warm-up, 20 runs)")
          results.readByIndex = await page.evaluate(([n, id]) => window.bench.readByIndex(n, id, 5, 20), [
            last!.dbName,
            last!.articleId
          ] as const)
        }
      }
      if (wants('import')) {
        log('importing a 1 MB saved page in Chromium (app path; 2 warm-up, 10 runs)')
        results.ingestApp = await page.evaluate(([p, s]) => window.bench.ingest(p, s, 1 << 20, 2, 10), [
          pool,
          seed
        ] as const)
      }
      await context.close()
    }

    if (wants('import')) results.appImport = await appImportBench(browser, pool, seed, log)
    if (wants('open')) results.open = await openBench(browser, pool, seed, log)
    if (wants('memory')) results.memory = await memoryBench(browser, pool, seed, log)
    return results
  } finally {
    await browser?.close()
    preview.kill()
  }
}
