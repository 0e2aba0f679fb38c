/**
 * Where the window's long tasks come from while the reader renders an imported article: the bench's
 * drop on the app (bench/browser.ts), once, under a Chromium trace (CDP Tracing, devtools.timeline),
 * then every main-thread task over 50 ms after the "Imported" notice with what it spent its time
 * in (self time per event name). Needs the built renderer (npm run bench -- --only import builds it).
 *
 *   npx tsx --tsconfig tsconfig.test.json bench/trace-import.ts [page|pdf] [trace.json]
 *
 * Flags (environment): PARALLAX_TRACE_JS=1 JS samples too (they slow the window down);
 * PARALLAX_TRACE_REPLIES=1 the JSON size of each part of every worker answer;
 * PARALLAX_TRACE_REMOVE=1 every DOM removal over 5 ms (PARALLAX_TRACE_ALL=1 every one, with its
 * time; PARALLAX_TRACE_FLUSH=1 after a forced layout) and, at the end, what a fresh one costs;
 * PARALLAX_TRACE_ARGS more Chromium switches (--disable-renderer-accessibility leaves the slow
 * removals as they were).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM, holdFileOverApp } from './browser'
import { generateHtmlPage, DEFAULT_SEED } from './gen'
import { fixtureParagraphs } from './inputs'

const ROOT = path.join(__dirname, '..')
const PORT = Number(process.env.PARALLAX_BENCH_PORT ?? 4393)
const ORIGIN = `http://127.0.0.1:${PORT}`
const which = process.argv[2] ?? 'page'
const out = process.argv[3] ?? path.join(os.tmpdir(), `parallax-trace-${which}.json`)

function pdf(): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-trace-pdf-'))
  try {
    const one = path.join(ROOT, 'test', 'fixtures', 'documents', 'tracemonkey.pdf')
    const file = path.join(dir, 'x10.pdf')
    spawnSync('pdfunite', [...Array.from({ length: 10 }, () => one), file])
    return new Uint8Array(readFileSync(file))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: { name?: string; data?: { url?: string; functionName?: string } }
}

async function main() {
  const [name, bytes] =
    which === 'pdf'
      ? ['x10.pdf', pdf()]
      : ['saved-page.html', new TextEncoder().encode(generateHtmlPage(fixtureParagraphs(), DEFAULT_SEED, 1 << 20))]
  const preview = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      'out/renderer',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort'
    ],
    { cwd: ROOT, stdio: 'ignore' }
  )
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(ORIGIN)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  const extra = process.env.PARALLAX_TRACE_ARGS?.split(' ').filter(Boolean) ?? []
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', ...extra] })
  try {
    const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 1400, height: 860 } })
    await context.addInitScript({
      content: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }) }).observe({ type: 'longtask', buffered: true })`
    })
    // which removals are slow (PARALLAX_TRACE_REMOVE=1): each removeChild over 5 ms, with what it removed
    if (process.env.PARALLAX_TRACE_REMOVE === '1')
      await context.addInitScript({
        content: `window.__all = ${process.env.PARALLAX_TRACE_ALL === '1'}; window.__flush = ${process.env.PARALLAX_TRACE_FLUSH === '1'};  window.__slowRemovals = []; const rm = Node.prototype.removeChild; Node.prototype.removeChild = function (c) { const t0 = performance.now(); if (window.__flush) void document.body.offsetHeight; const t = performance.now(); const focus = c.contains && c.contains(document.activeElement); const r = rm.call(this, c); const d = performance.now() - t; if (d > (window.__all ? -1 : 5) || t - t0 > 5) window.__slowRemovals.push({ at: Math.round(t), d, flush: t - t0, focus, what: (c.nodeName + '.' + (c.className || '')), parent: this.nodeName + '.' + (this.className || ''), nodes: c.querySelectorAll ? c.querySelectorAll('*').length : 0, chars: (c.textContent || '').length }); return r }`
      })
    // what the workers answer (PARALLAX_TRACE_REPLIES=1): per reply, the JSON length of each part of its result
    if (process.env.PARALLAX_TRACE_REPLIES === '1')
      await context.addInitScript({
        content: `window.__replies = []; const W = window.Worker; window.Worker = class extends W { constructor(...a) { super(...a); this.addEventListener('message', (e) => { const d = e.data; const r = d && (d.result || d); const parts = {}; if (r && typeof r === 'object') for (const k of Object.keys(r)) { const v = r[k]; if (v && typeof v === 'object') { parts[k] = JSON.stringify(v).length; if (!Array.isArray(v)) for (const k2 of Object.keys(v)) { const v2 = v[k2]; if (Array.isArray(v2)) parts[k + '.' + k2] = v2.length + ' items, ' + JSON.stringify(v2).length } else parts[k] += ' (' + v.length + ' items)' } } window.__replies.push({ url: String(a[0]).split('/').pop(), parts }) }) } }`
      })
    const { app, target, transfer, before } = await holdFileOverApp(context, name, bytes)
    const cdp = await context.newCDPSession(app)
    const chunks: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', (e) => chunks.push(...(e.value as unknown as TraceEvent[])))
    const finished = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'toplevel',
          'blink',
          'v8.execute',
          'disabled-by-default-devtools.timeline.invalidationTracking',
          'disabled-by-default-cppgc',
          'v8.gc',
          '__metadata'
        ]
      },
      transferMode: 'ReportEvents'
    })
    // JS samples too (PARALLAX_TRACE_JS=1): they slow the window down, so the tasks grow
    const js = process.env.PARALLAX_TRACE_JS === '1'
    if (js) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const t0 = await app.evaluate(() => performance.now())
    await target.dispatchEvent('drop', { dataTransfer: transfer })
    const noticeAt = (await (
      await app.waitForFunction(
        () =>
          [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.startsWith('Imported')) &&
          performance.now(),
        undefined,
        { timeout: 120_000, polling: 'raf' }
      )
    ).jsonValue()) as number
    const doneAt = (await (
      await app.waitForFunction(
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
    ).jsonValue()) as number
    await app.waitForTimeout(300)
    const long = (
      await app.evaluate(
        () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
      )
    ).filter((t) => t.start >= noticeAt && t.start < doneAt)
    if (js) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown }
      writeFileSync(out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile))
    }
    if (process.env.PARALLAX_TRACE_REMOVE === '1')
      console.log(
        await app.evaluate(`(() => {
          const time = (parent) => {
            const out = []
            for (let k = 0; k < 5; k++) {
              const d = document.createElement('div')
              d.textContent = 'x'
              parent.appendChild(d)
              void document.body.offsetHeight
              const t = performance.now()
              parent.removeChild(d)
              out.push(performance.now() - t)
            }
            return out.map((x) => x.toFixed(2)).join(' ')
          }
          const real = (sel) => { const el = document.querySelector(sel); if (!el) return sel + ' none'; const n = el.querySelectorAll('*').length; const t = performance.now(); el.remove(); return sel + ' (' + n + ' nodes) removed in ' + (performance.now() - t).toFixed(2) }
          return 'a fresh element removed from ' + ['.pane-scroll', '.article-text', 'body', '.claims-panel, aside'].map((sel) => sel + ': ' + (document.querySelector(sel) ? time(document.querySelector(sel)) : 'none')).join('; ') + ' | ' + ['.claim-row', '.gutter-links', '.verdict-row', '.pane[data-side=left] .article-text'].map(real).join('; ')
        })()`)
      )
    if (process.env.PARALLAX_TRACE_REPLIES === '1')
      console.log(
        JSON.stringify(await app.evaluate(() => (window as unknown as { __replies: unknown }).__replies), null, 1)
      )
    if (process.env.PARALLAX_TRACE_REMOVE === '1')
      console.log(
        JSON.stringify(await app.evaluate(() => (window as unknown as { __slowRemovals: unknown }).__slowRemovals))
      )
    await cdp.send('Tracing.end')
    await finished
    writeFileSync(out, JSON.stringify({ traceEvents: chunks }))
    console.log(
      `drop → notice ${(noticeAt - t0).toFixed(0)} ms, → painted ${(doneAt - t0).toFixed(0)} ms; long tasks after the notice (observer): ${long.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`
    )
    report(chunks)
    console.log(`trace: ${out}`)
  } finally {
    await browser.close()
    preview.kill()
  }
}

/** Main-thread tasks over 50 ms, each with its self time per event name (nested complete events). */
function report(events: TraceEvent[]) {
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => (x.pid === e.pid && x.name === 'ParseHTML') || (x.pid === e.pid && x.name === 'FunctionCall'))
  )
  if (!main) return console.log('no renderer main thread in the trace')
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask')
  const long = tasks.filter((t) => t.dur! > 50_000)
  const sum = (name: string) => onMain.filter((e) => e.name === name).reduce((n, e) => n + e.dur!, 0) / 1000
  console.log(
    `${tasks.length} tasks on the main thread, ${tasks.filter((t) => t.dur! > 30_000).length} over 30 ms, ${long.length} over 50 ms; ` +
      `in all: layout ${sum('Layout').toFixed(0)} ms, style ${sum('UpdateLayoutTree').toFixed(0)} ms, prepaint ${sum('PrePaint').toFixed(0)} ms, paint ${sum('Paint').toFixed(0)} ms, ` +
      `script ${sum('FunctionCall').toFixed(0)} ms`
  )
  // the frames (rendering updates over 3 ms) in twelve groups, in order: does a frame grow with the text?
  const frames = onMain.filter((e) => e.name === 'WebFrameWidgetImpl::UpdateLifecycle' && e.dur! > 3000)
  const within = (name: string, f: TraceEvent) =>
    onMain
      .filter((e) => e.name === name && e.ts >= f.ts && e.ts + e.dur! <= f.ts + f.dur!)
      .reduce((n, e) => n + e.dur!, 0)
  const per = Math.max(1, Math.ceil(frames.length / 12))
  for (let i = 0; i < frames.length; i += per) {
    const group = frames.slice(i, i + per)
    const avg = (f: (e: TraceEvent) => number) => (group.reduce((n, e) => n + f(e), 0) / group.length / 1000).toFixed(1)
    console.log(
      `frames ${i}-${i + group.length}: ${avg((f) => f.dur!)} ms each; layout ${avg((f) => within('Layout', f))}, prepaint ${avg((f) => within('PrePaint', f))}, paint ${avg((f) => within('Paint', f))}`
    )
  }
  for (const t of long) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!)
    // self time: each event's duration less its direct children's
    const self = new Map<string, number>()
    const stack: TraceEvent[] = []
    const selfOf = new Map<TraceEvent, number>()
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop()
      const parent = stack[stack.length - 1]
      if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.dur!) - e.dur!)
      selfOf.set(e, selfOf.get(e) ?? e.dur!)
      stack.push(e)
    }
    for (const [e, s] of selfOf) {
      const key =
        e.name === 'FunctionCall' || e.name === 'EvaluateScript'
          ? `${e.name} ${e.args?.data?.functionName ?? ''}`
          : e.name
      self.set(key, (self.get(key) ?? 0) + s)
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 10)
    console.log(
      `task ${(t.dur! / 1000).toFixed(1)} ms: ${top.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(' | ')}`
    )
  }
}

void main()
