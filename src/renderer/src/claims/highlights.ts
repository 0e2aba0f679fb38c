/**
 * Highlights: a paragraph's text cut into runs at every claim boundary, each run carrying the claims
 * that cover it, outermost first. Nested spans then draw every claim's own underline, so
 * overlapping claims all stay visible and each stays clickable.
 */
import type { ClaimKind, ClaimStatus } from '@core/model'

export interface Mark {
  id: string
  start: number
  end: number
}

/** A claim or suggestion as the text shows it. */
export interface Highlight extends Mark {
  kind: ClaimKind
  variant: 'claim' | 'suggestion'
  status?: ClaimStatus
  /** Shown on hover: the kind and value in words. */
  title: string
}

export interface Run<M extends Mark> {
  /** UTF-16 offsets into Article.text, end exclusive. */
  start: number
  end: number
  /** The marks covering this run, longest (outermost) first. */
  marks: M[]
}

/**
 * Cuts [from, to) of the text into runs by the marks overlapping it. Marks are clipped to the
 * range; runs with no mark are returned too, so the runs tile the range exactly.
 */
export function runsOf<M extends Mark>(from: number, to: number, marks: readonly M[]): Run<M>[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start)
  if (inside.length === 0) return [{ start: from, end: to, marks: [] }]
  const cuts = new Set<number>([from, to])
  for (const m of inside) {
    cuts.add(Math.max(from, m.start))
    cuts.add(Math.min(to, m.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byLength = [...inside].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1)
  )
  const runs: Run<M>[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    runs.push({ start, end, marks: byLength.filter((m) => m.start <= start && m.end >= end) })
  }
  return runs
}

/** The innermost (shortest) mark of a run: what a click on it selects. */
export function innermost<M extends Mark>(run: Run<M>): M | undefined {
  return run.marks[run.marks.length - 1]
}

/**
 * A level per mark so that overlapping marks never share one (interval colouring, greedy by start):
 * each level draws its underline at its own depth, the same for the whole mark.
 */
export function levelsOf(marks: readonly Mark[]): Map<string, number> {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end)
  const levelEnds: number[] = []
  const levels = new Map<string, number>()
  for (const m of sorted) {
    let level = levelEnds.findIndex((end) => end <= m.start)
    if (level === -1) level = levelEnds.length
    levelEnds[level] = m.end
    levels.set(m.id, level)
  }
  return levels
}
