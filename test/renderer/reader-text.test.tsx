/**
 * The reader's text of a long article: rendered a slice at a time (the first screens at once, the
 * rest a slice a frame, highlights the same way), complete in the end with every paragraph and
 * span; what reads the DOM (selection offsets, geometry ranges, the gutter's on-screen span) on
 * partly rendered text; and finding which suggestions a stored claim already covers.
 */
import { act, render } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import { selectedRange } from '../../src/renderer/src/claims/selection'
import { paragraphsIn, rangeOf, spanBetween } from '../../src/renderer/src/compare/geometry'
import { untaken } from '../../src/renderer/src/compare/useComparison'
import { ArticleText, paragraphsOf, type Highlight } from '../../src/renderer/src/views/ArticleText'
import {
  advance,
  blocksOf,
  firstPending,
  FIRST_SLICE,
  keepSame,
  sameMarks,
  SLICE,
  type PaintedMark
} from '../../src/renderer/src/views/progressive'

const mark = (id: string, start: number, end: number, extra: Partial<PaintedMark> = {}): PaintedMark => ({
  id,
  start,
  end,
  kind: 'other',
  variant: 'claim',
  title: id,
  level: 0,
  ...extra
})

describe('slicing (progressive.ts)', () => {
  const none: readonly PaintedMark[] = []
  const wanted = [none, [mark('a', 0, 1)], none, none, [mark('b', 40, 41)]]
  const lengths = [10, 10, 10, 10, 10]

  it('renders in text order, a budget of characters at a time, at least one paragraph a step', () => {
    const first = advance([], wanted, lengths, 25)
    expect(first).toEqual([none, wanted[1], none])
    const second = advance(first, wanted, lengths, 25)
    expect(second).toHaveLength(5)
    expect(firstPending(second, wanted)).toBe(-1)
    expect(advance(second, wanted, lengths, 25)).toBe(second)
    expect(advance([], wanted, [100, 100, 100, 100, 100], 1)).toHaveLength(1)
  })

  it.each([
    [[], 10, []],
    [[4, 4, 4], 10, [[0, 3]]],
    [
      [4, 4, 4],
      8,
      [
        [0, 2],
        [2, 3]
      ]
    ],
    [
      [20, 1, 1, 20, 5],
      10,
      [
        [0, 1],
        [1, 4],
        [4, 5]
      ]
    ]
  ])('blocks of %j characters at %i a block: %j', (lengths, size, blocks) => {
    expect(blocksOf(lengths, size).map((b) => [b.from, b.to])).toEqual(blocks)
  })

  it('what is rendered is always a prefix, and converges on new marks without dropping the old ones first', () => {
    let shown = advance([], wanted, lengths, 1000)
    const next = wanted.map((m, i) => (i === 3 ? [mark('c', 30, 32)] : m))
    const step = advance(shown, next, lengths, 5)
    // only the changed paragraph is taken; the others keep what they were rendered with
    expect(step.map((m, i) => m === shown[i])).toEqual([true, true, true, false, true])
    shown = step
    expect(firstPending(shown, next)).toBe(-1)
  })

  it('the first slice is at least as big as the later ones', () => {
    expect(FIRST_SLICE).toBeGreaterThanOrEqual(SLICE)
  })

  it('keeps a paragraph’s list when its marks draw the same, so its render is skipped', () => {
    const before = [[mark('a', 0, 1)], [mark('b', 5, 9)]]
    const after = keepSame(before, [[mark('a', 0, 1)], [mark('b', 5, 9, { status: 'confirmed' })]])
    expect(after[0]).toBe(before[0])
    expect(after[1]).not.toBe(before[1])
    expect(sameMarks([mark('a', 0, 1)], [mark('a', 0, 1, { level: 1 })])).toBe(false)
  })
})

/** A text of `n` paragraphs of about 200 characters each, paragraph i starting with "P{i} ". */
function longText(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    `P${i} ${'The ministry said twelve fighters were killed near the border on Friday. '.repeat(3)}`.trim()
  ).join('\n\n')
}

function highlightsOf(text: string, every: number): Highlight[] {
  return paragraphsOf(text)
    .filter((_, i) => i % every === 0)
    .map((p, i) => ({
      id: `c${i}`,
      start: p.start + p.text.indexOf('twelve'),
      end: p.start + p.text.indexOf('twelve') + 6,
      kind: 'casualty',
      variant: 'claim',
      title: 'twelve'
    }))
}

/** Runs animation frames until the text is no longer busy (or `max` frames). */
async function frames(max = 200) {
  for (let k = 0; k < max && document.querySelector('.article-text[aria-busy]'); k++) {
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve))
    })
  }
}

describe('ArticleText on a long article', () => {
  const text = longText(400) // about 85,000 characters
  const paragraphs = paragraphsOf(text)

  it('paints the first screens at once, then the rest a slice a frame, until every paragraph and highlight is there', async () => {
    const highlights = highlightsOf(text, 2)
    const { container } = render(
      <ArticleText text={text} dir="ltr" lang="en" highlights={highlights} selectedId={null} />
    )
    const root = container.querySelector('.article-text')!
    const first = root.querySelectorAll('p').length
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(paragraphs.length)
    expect(paragraphs.slice(0, first).reduce((n, p) => n + p.text.length, 0)).toBeLessThan(FIRST_SLICE + 300)
    expect(root).toHaveAttribute('aria-busy', 'true')
    // the first slice carries its highlights already
    expect(root.querySelectorAll('.hl').length).toBe(Math.ceil(first / 2))

    await frames()
    expect(root).not.toHaveAttribute('aria-busy')
    const shown = Array.from(root.querySelectorAll<HTMLElement>('p'))
    expect(shown).toHaveLength(paragraphs.length)
    expect(shown.map((p) => [Number(p.dataset.start), Number(p.dataset.end), p.textContent])).toEqual(
      paragraphs.map((p) => [p.start, p.start + p.text.length, p.text])
    )
    expect(root.querySelectorAll('.hl')).toHaveLength(highlights.length)
  })

  it('highlights that arrive after the text converge a slice a frame; one more claim shows at once', async () => {
    const view = render(<ArticleText text={text} dir="ltr" lang="en" highlights={[]} selectedId={null} />)
    await frames()
    const root = view.container.querySelector('.article-text')!
    const all = highlightsOf(text, 1)
    view.rerender(<ArticleText text={text} dir="ltr" lang="en" highlights={all} selectedId={null} />)
    const applied = root.querySelectorAll('.hl').length
    expect(applied).toBeGreaterThan(0)
    expect(applied).toBeLessThan(all.length)
    // the text stays whole meanwhile
    expect(root.querySelectorAll('p')).toHaveLength(paragraphs.length)
    await frames()
    expect(root.querySelectorAll('.hl')).toHaveLength(all.length)

    // a claim tagged deep in the text: its paragraph is redrawn in the same render, no other
    const last = paragraphs[paragraphs.length - 1]!
    const before = root.querySelector(`p[data-start="${paragraphs[0]!.start}"]`)!.firstChild
    const extra: Highlight = {
      id: 'new',
      start: last.start,
      end: last.start + 2,
      kind: 'other',
      variant: 'claim',
      title: 'new'
    }
    view.rerender(
      <ArticleText
        text={text}
        dir="ltr"
        lang="en"
        highlights={[...all.map((h) => ({ ...h })), extra]}
        selectedId="new"
      />
    )
    expect(root.querySelector('[data-claim-id="new"]')).toHaveClass('hl-selected')
    expect(root).not.toHaveAttribute('aria-busy')
    expect(root.querySelector(`p[data-start="${paragraphs[0]!.start}"]`)!.firstChild).toBe(before)
  })

  it('a new text starts from its top, with none of the old text’s highlights', async () => {
    const view = render(
      <ArticleText text={text} dir="ltr" lang="en" highlights={highlightsOf(text, 1)} selectedId={null} />
    )
    await frames()
    const other = longText(3).replace(/twelve/g, 'eleven')
    view.rerender(<ArticleText text={other} dir="ltr" lang="en" highlights={[]} selectedId={null} />)
    const root = view.container.querySelector('.article-text')!
    expect(root.querySelectorAll('p')).toHaveLength(3)
    expect(root.querySelectorAll('.hl')).toHaveLength(0)
  })

  it('a selection across paragraphs maps to text offsets on the rendered text', async () => {
    const { container } = render(
      <ArticleText text={text} dir="ltr" lang="en" highlights={highlightsOf(text, 3)} selectedId={null} />
    )
    await frames()
    const root = container.querySelector('.article-text')!
    const [p1, p2] = [paragraphs[301]!, paragraphs[302]!]
    const start = p1.start + p1.text.indexOf('killed')
    const end = p2.start + p2.text.indexOf('near')
    const range = rangeOf(paragraphsIn(container), start, end)!
    expect(range.toString()).toBe(text.slice(start, end).replace('\n\n', ''))
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    expect(selectedRange(root, text)).toEqual({ start, end: end - 1 }) // trimmed of the space before "near"
  })
})

describe('geometry on partly rendered text', () => {
  const text = longText(12)
  const paragraphs = paragraphsOf(text)

  /** The text rendered up to paragraph `n`, as a prefix is while it renders. */
  function prefix(n: number): HTMLElement {
    const root = document.createElement('div')
    root.innerHTML = `<div class="article-text"></div>`
    for (const p of paragraphs.slice(0, n)) {
      const el = document.createElement('p')
      el.dataset.start = String(p.start)
      el.dataset.end = String(p.start + p.text.length)
      el.textContent = p.text
      root.firstElementChild!.append(el)
    }
    document.body.append(root)
    return root
  }

  it('a range covers only what is rendered; a span entirely beyond it has none', () => {
    const root = prefix(5)
    const ps = paragraphsIn(root)
    const inside = rangeOf(ps, paragraphs[2]!.start + 3, paragraphs[2]!.start + 9)!
    expect(inside.toString()).toBe(paragraphs[2]!.text.slice(3, 9))
    // reaching past the rendered text: cut at its edge
    expect(rangeOf(ps, paragraphs[4]!.start + 3, paragraphs[8]!.start + 5)!.toString()).toBe(
      paragraphs[4]!.text.slice(3)
    )
    // beyond it: nothing (before, the last rendered paragraph's end was taken for it)
    expect(rangeOf(ps, paragraphs[7]!.start, paragraphs[7]!.start + 5)).toBeNull()
    // starting between two paragraphs: from the next one
    expect(rangeOf(ps, paragraphs[1]!.start - 1, paragraphs[1]!.start + 2)!.toString()).toBe(
      paragraphs[1]!.text.slice(0, 2)
    )
    root.remove()
  })

  it('the span on screen is found from a few paragraphs’ boxes', () => {
    const root = prefix(12)
    const ps = paragraphsIn(root)
    let reads = 0
    ps.forEach((p, i) => {
      p.getBoundingClientRect = () => {
        reads++
        return {
          top: i * 100,
          bottom: i * 100 + 90,
          left: 0,
          right: 0,
          width: 0,
          height: 90,
          x: 0,
          y: i * 100,
          toJSON: () => ({})
        } as DOMRect
      }
    })
    expect(spanBetween(ps, 250, 520)).toEqual({
      start: paragraphs[2]!.start,
      end: paragraphs[5]!.start + paragraphs[5]!.text.length
    })
    expect(reads).toBeLessThan(12)
    expect(spanBetween(ps, 5000, 6000)).toBeNull()
    expect(spanBetween(ps, -500, -10)).toBeNull()
    expect(spanBetween([], 0, 100)).toBeNull()
    root.remove()
  })
})

describe('untaken suggestions', () => {
  const claim = (id: string, articleId: string, kind: Claim['kind'], start: number, end: number, orphan = false) =>
    ({ id, articleId, kind, anchor: { start, end, exact: '', prefix: '', suffix: '' }, orphan }) as unknown as Claim

  it('drops the suggestions a stored claim of the same article and kind overlaps', () => {
    const claims = [
      claim('c1', 'a', 'date', 10, 20),
      claim('c2', 'a', 'casualty', 40, 50),
      claim('c3', 'b', 'date', 0, 100),
      claim('c4', 'a', 'date', 60, 70, true)
    ]
    const suggestions = [
      claim('s1', 'a', 'date', 15, 25), // overlaps c1
      claim('s2', 'a', 'date', 20, 30), // touches c1's end only
      claim('s3', 'a', 'date', 40, 45), // a casualty claim is there, not a date
      claim('s4', 'a', 'date', 62, 64), // only an orphan is there
      claim('s5', 'b', 'casualty', 5, 6)
    ]
    expect(untaken(suggestions, claims).map((s) => s.id)).toEqual(['s2', 's3', 's4', 's5'])
  })

  it('agrees with comparing every pair', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 40 }))
    const item = fc.tuple(
      fc.constantFrom('a', 'b'),
      fc.constantFrom<Claim['kind']>('date', 'other'),
      span,
      fc.boolean()
    )
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.array(item, { maxLength: 30 }), (cs, ss) => {
        const claims = cs.map(([a, k, [s, l], o], i) => claim(`c${i}`, a, k, s, s + l, o))
        const suggestions = ss.map(([a, k, [s, l]], i) => claim(`s${i}`, a, k, s, s + l))
        const brute = suggestions.filter(
          (s) =>
            !claims.some(
              (c) =>
                c.articleId === s.articleId &&
                c.kind === s.kind &&
                !c.orphan &&
                c.anchor.start < s.anchor.end &&
                s.anchor.start < c.anchor.end
            )
        )
        expect(untaken(suggestions, claims)).toEqual(brute)
      })
    )
  })
})
