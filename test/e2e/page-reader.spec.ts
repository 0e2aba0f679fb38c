/**
 * The page reader (src/renderer/src/pageReader/frame.ts) reads web pages with Chromium's own DOM,
 * in a process of its own; the CLI reads them with core's page tree in linkedom. Both build the
 * HTML standard's tree, so each fixture page must come out the same, field for field: the app
 * and the command line agree on what a page says. The frame's page is opened on its own here and
 * greeted as the window greets it; in the app it is the sandboxed frame the hostile specs check.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { prepareFile, readPage } from '@core/ingest'
import { linkedomPageWindow } from '../../src/cli/linkedomWindow'
import { PAGE_READER_HELLO } from '../../src/renderer/src/pageReader/protocol'

const dir = join(__dirname, '..', 'fixtures', 'html')
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'))

test('the page reader frame reads every fixture page as the CLI does', async ({ page }) => {
  await page.goto('/page-reader.html')
  await page.evaluate(
    (hello) =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        ;(window as unknown as { port: MessagePort }).port = channel.port1
        channel.port1.onmessage = (e: MessageEvent<{ ready?: boolean }>) => e.data.ready && resolve()
        window.postMessage({ hello }, '*', [channel.port2])
      }),
    PAGE_READER_HELLO
  )
  for (const [i, name] of pages.entries()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)))
    const reply = await page.evaluate(
      ([id, n, b64]) =>
        new Promise((resolve) => {
          const port = (window as unknown as { port: MessagePort }).port
          port.onmessage = (e) => resolve(e.data)
          port.postMessage({ id, name: n, bytes: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) })
        }),
      [i, name, Buffer.from(bytes).toString('base64')] as const
    )
    const step = prepareFile({ name, bytes })
    const cli = step.status === 'page' ? readPage(step, { window: linkedomPageWindow() }) : step
    expect(reply, name).toEqual({ id: i, step: cli })
  }
  // and it said where it read them
  expect(await page.evaluate(() => document.body.dataset.filesRead)).toBe(String(pages.length))
})
