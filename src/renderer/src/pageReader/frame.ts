/**
 * The page reader: a sandboxed frame without `allow-same-origin` (an opaque origin: no storage,
 * no access to the window or its database), which Chromium puts in a process of its own. It reads
 * web pages with the browser's own DOMParser — an inert document: nothing in it runs or loads —
 * and Readability, several times faster than any DOM a worker can hold, and off the window's
 * thread. It receives files over the port the window sends in its hello and answers with core
 * ingest's outcome; PDFs and Word files stay with the ingest worker (a document that comes here
 * under another name is handed back as one).
 */
import { prepareFile, readPage, type IngestStep, type SourceFile } from '@core/ingest'
import { isPageReaderHello, isPageReaderRequest, type PageReaderReply } from './protocol'

/**
 * A page read a few times at start, while the window is idle, so the first real page does not
 * also pay for compiling Readability and the readers (a cold read of a large page takes about
 * twice a warm one): a headline, a byline, a menu, links and some sixty paragraphs.
 */
function warmUpPage(): string {
  const sentences = [
    'On 29 July 2016 officials said 12 people were killed in the blast, police told the agency.',
    'The river rose two metres overnight and rescue teams reached the valley by noon.',
    'At least 40 others were wounded, according to the health ministry, which gave no names.',
    '"We heard two explosions," a witness said, adding that the market was crowded.'
  ]
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `<p>${sentences[i % 4]} <a href="/story/${i}">Read more</a> ${sentences[(i + 1) % 4]}</p>`
  )
  const menu = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')
  return `<!doctype html><html lang="en"><head><title>Warm-up | Parallax</title>
<meta property="og:title" content="Warm-up"></head><body><nav><ul>${menu}</ul></nav><main><article>
<h1>Warm-up</h1><p class="byline">By Jane Roe</p>${paragraphs.join('\n')}</article></main>
<footer><p>© Parallax</p></footer></body></html>`
}

function read(file: SourceFile): IngestStep {
  const step = prepareFile(file)
  return step.status === 'page' ? readPage(step, { window: window as never }) : step
}

let port: MessagePort | undefined
/** Files read so far, shown on the frame's <body> (data-files-read): how a test sees where a page was read. */
let filesRead = 0

window.addEventListener('message', (event) => {
  // one hello, from the window that made this frame, carrying the port
  if (port || event.source !== window.parent || !isPageReaderHello(event.data) || !event.ports[0]) return
  const opened = event.ports[0]
  port = opened
  const warmUp = new TextEncoder().encode(warmUpPage())
  for (let i = 0; i < 3; i++) read({ name: 'warm-up.html', bytes: warmUp })
  opened.onmessage = (message) => {
    if (!isPageReaderRequest(message.data)) return
    const { id, name, bytes } = message.data
    const reply: PageReaderReply = { id, step: read({ name, bytes }) }
    document.body.dataset.filesRead = String(++filesRead)
    opened.postMessage(reply)
  }
  opened.postMessage({ ready: true } satisfies PageReaderReply)
})
