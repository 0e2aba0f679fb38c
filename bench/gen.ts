/**
 * Benchmark inputs, built deterministically with a seeded PRNG from a pool of real paragraphs (the
 * fixture articles of test/fixtures/articles): the same seed gives the same inputs on every machine.
 * Texts are the pool's paragraphs in a shuffled order with light edits (a figure changed, a sentence
 * dropped, two words swapped), so they read like news text: names, figures, dates and attributions
 * recur. Pure (no Node, no DOM): the browser bench page builds its inputs with the same code.
 */
import { anchorAt } from '@core/anchor'
import type { ClaimDraft } from '@core/model'
import { seededRandom } from '../test/fixtures/anchor/edited-article'

export { seededRandom }

export const DEFAULT_SEED = 20_240_501

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length

/** One paragraph with light seeded edits: a figure changed, a sentence dropped, two words swapped. */
function editParagraph(p: string, random: () => number): string {
  let out = p
  if (random() < 0.3) {
    // change one figure (not a year): 12 → 12 ± something, keeps the claim shape
    const figures = [...out.matchAll(/\b\d{1,3}\b/g)]
    const f = figures[Math.floor(random() * figures.length)]
    if (f && f.index !== undefined)
      out = out.slice(0, f.index) + String(1 + Math.floor(random() * 60)) + out.slice(f.index + f[0].length)
  }
  if (random() < 0.2) {
    const sentences = out.split(/(?<=[.!?]["”']?) (?=[A-Z"“])/)
    if (sentences.length > 1) {
      sentences.splice(Math.floor(random() * sentences.length), 1)
      out = sentences.join(' ')
    }
  }
  if (random() < 0.15) {
    const words = out.split(' ')
    const k = Math.floor(random() * (words.length - 1))
    ;[words[k], words[k + 1]] = [words[k + 1]!, words[k]!]
    out = words.join(' ')
  }
  return out
}

/**
 * An article of about `words` words (never fewer; at most one paragraph more): fixture paragraphs in
 * a seeded order (a fresh shuffle each time the pool is used up), each lightly edited, joined by a
 * blank line as Article.text is.
 */
export function generateText(pool: readonly string[], seed: number, words: number): string {
  const random = seededRandom(seed)
  const out: string[] = []
  let count = 0
  let deck: string[] = []
  while (count < words) {
    if (deck.length === 0) {
      deck = [...pool]
      for (let k = deck.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1))
        ;[deck[k], deck[j]] = [deck[j]!, deck[k]!]
      }
    }
    const p = editParagraph(deck.pop()!, random)
    out.push(p)
    count += countWords(p)
  }
  return out.join('\n\n')
}

/** Exactly `words` words: generateText cut at a word boundary. */
export function generateWords(pool: readonly string[], seed: number, words: number): string {
  const text = generateText(pool, seed, words)
  const re = /\S+/g
  let m: RegExpExecArray | null
  let n = 0
  let end = text.length
  while ((m = re.exec(text))) {
    if (++n === words) {
      end = m.index + m[0].length
      break
    }
  }
  return text.slice(0, end)
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A saved news page of at least `bytes` bytes (UTF-8): head metadata (JSON-LD, og:), a cookie
 * banner, a navigation of 150 links, an <article> of generated paragraphs with inline links and
 * emphasis, a share bar and a "related" aside every 12 paragraphs, inline scripts (a page-state blob,
 * as saved pages carry), a footer of 200 links. The article's paragraphs fill the page to size.
 */
export function generateHtmlPage(pool: readonly string[], seed: number, bytes: number): string {
  const random = seededRandom(seed)
  const nav = Array.from({ length: 150 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')
  const footer = Array.from({ length: 200 }, (_, i) => `<a href="/f/${i}">Footer link ${i}</a>`).join(' ')
  const state = JSON.stringify({
    items: Array.from({ length: 600 }, (_, i) => ({ id: i, title: `Story ${i}`, url: `/story/${i}` }))
  })
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Noose tightening around ISIL in al-Qaim | The Bench Ledger</title>
<meta property="og:site_name" content="The Bench Ledger">
<meta property="og:title" content="Noose tightening around ISIL in al-Qaim">
<link rel="canonical" href="https://ledger.example.com/world/al-qaim">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Noose tightening around ISIL in al-Qaim","datePublished":"2016-08-15T09:30:00+03:00","author":{"@type":"Person","name":"Jane Doe"}}</script>
<script>window.__STATE__=${state}</script>
<style>.share{color:red}</style>
</head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site.</p><button>Accept all cookies</button></div>
<header class="site-header"><a href="/" class="logo">The Bench Ledger</a><nav class="main-nav"><ul>${nav}</ul></nav></header>
<main>
<article>
<h1>Noose tightening around ISIL in al-Qaim</h1>
<p class="byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a> in Erbil</p>
`
  const tail = `</article>
</main>
<footer class="site-footer"><p>© 2024 The Bench Ledger. All rights reserved.</p>${footer}</footer>
</body>
</html>
`
  const encoder = new TextEncoder()
  let size = encoder.encode(head + tail).length
  const parts: string[] = []
  let seedStep = 0
  while (size < bytes) {
    const text = generateText(pool, seed * 31 + ++seedStep, 2_000)
    for (const para of text.split('\n\n')) {
      const words = escapeHtml(para).split(' ')
      // a link or emphasis in a third of the paragraphs, as news pages have
      if (random() < 0.33 && words.length > 4) {
        const k = Math.floor(random() * (words.length - 3))
        const link = random() < 0.5
        words[k] = (link ? `<a href="/topic/${k}">` : '<strong>') + words[k]
        words[k + 2] = words[k + 2] + (link ? '</a>' : '</strong>')
      }
      let block = `<p>${words.join(' ')}</p>\n`
      if (parts.length % 12 === 11) {
        block += `<aside class="related"><h3>Related</h3><ul><li><a href="/r/${parts.length}">More on the border</a></li><li><a href="/r/${parts.length + 1}">Oil prices</a></li></ul></aside>\n`
        block += `<div class="share-tools"><a href="#">Share</a> <a href="#">Email</a></div>\n`
      }
      parts.push(block)
      size += encoder.encode(block).length
      if (size >= bytes) break
    }
  }
  return head + parts.join('') + tail
}

const KINDS = ['casualty', 'date', 'attribution', 'quantity'] as const

/**
 * `count` claim drafts spread evenly over `text` (one per equal stretch of words), each 1–6 words
 * at a seeded place in its stretch, kinds in turn with plausible values; anchors are exact
 * (UTF-16 offsets with 32 characters of context), so the store accepts them.
 */
export function spreadClaims(text: string, count: number, seed: number): ClaimDraft[] {
  const random = seededRandom(seed)
  const words: [number, number][] = []
  const re = /\S+/g
  for (let m = re.exec(text); m; m = re.exec(text)) words.push([m.index, m.index + m[0].length])
  if (words.length < count) throw new Error(`${count} claims need at least as many words (text has ${words.length})`)
  const slot = words.length / count
  const out: ClaimDraft[] = []
  for (let k = 0; k < count; k++) {
    const from = Math.floor(k * slot)
    const room = Math.max(1, Math.floor((k + 1) * slot) - from)
    const length = Math.min(room, 1 + Math.floor(random() * 6))
    const first = from + Math.floor(random() * (room - length + 1))
    const start = words[first]![0]
    const end = words[first + length - 1]![1]
    const anchor = anchorAt(text, start, end)
    const n = 1 + Math.floor(random() * 40)
    const kind = KINDS[k % KINDS.length]!
    const base = { anchor, origin: 'suggested' as const, status: 'unreviewed' as const, note: '', tags: [] as string[] }
    if (kind === 'casualty') out.push({ ...base, kind, value: { outcome: 'killed', min: n, max: n } })
    else if (kind === 'date')
      out.push({
        ...base,
        kind,
        value: {
          iso: `--07-${String(1 + (n % 28)).padStart(2, '0')}`,
          granularity: 'day',
          calendar: 'gregorian',
          text: anchor.exact
        }
      })
    else if (kind === 'attribution') out.push({ ...base, kind, value: { speaker: 'officials', verb: 'said' } })
    else out.push({ ...base, kind, value: { amount: n, unit: 'vehicles' } })
  }
  return out
}
