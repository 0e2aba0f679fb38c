// The two panes' plain rules (views/CaseView.tsx): the split under the arrow keys, passages seen from the scrolled
// pane.
import { describe, expect, it } from 'vitest'
import { nudgedSplit, pairsFrom } from '../../src/renderer/src/views/CaseView'

describe('the panes', () => {
  it('arrows move the split 5 % a press, never past 20–80 %; other keys leave it', () => {
    expect(nudgedSplit(0.5, 'ArrowLeft')).toBeCloseTo(0.45)
    expect(nudgedSplit(0.5, 'ArrowRight')).toBeCloseTo(0.55)
    expect(nudgedSplit(0.78, 'ArrowRight')).toBe(0.8)
    expect(nudgedSplit(0.21, 'ArrowLeft')).toBe(0.2)
    expect(nudgedSplit(0.5, 'ArrowUp')).toBeNull()
  })

  it('scrolling the right pane follows the right article’s passages, in its own text order', () => {
    const alignment = [
      { left: { start: 0, end: 10 }, right: { start: 50, end: 60 } },
      { left: { start: 20, end: 30 }, right: { start: 5, end: 15 } }
    ]
    expect(pairsFrom(alignment, true).map((p) => p.from.start)).toEqual([0, 20])
    const fromRight = pairsFrom(alignment, false)
    expect(fromRight.map((p) => [p.from.start, p.to.start])).toEqual([
      [5, 20],
      [50, 0]
    ])
  })
})
