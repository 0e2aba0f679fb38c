/**
 * Reads brat standoff (.ann) as PolNeAR writes it: text-bound spans (`T1 Source 89 106 The Post`,
 * discontinuous ones as `315 448;463 553`) and the Attribution events that join a cue with its
 * source and content (`E1 Attribution:T4 Content:T3 Cue:T2 Source:T1`). brat counts offsets in
 * code points; they are turned into UTF-16 offsets here, and every span's text is checked against
 * the article so that a misaligned file is refused rather than scored.
 */
import type { Span } from './score'

export interface BratSpan {
  id: string
  type: string
  fragments: Span[]
  text: string
}

export interface BratAttribution {
  id: string
  /** 'Attribution' or 'Attribution-no-source' */
  type: string
  cue?: BratSpan
  source?: BratSpan
  content?: BratSpan
}

export interface BratDoc {
  spans: Map<string, BratSpan>
  attributions: BratAttribution[]
}

/** UTF-16 offset of each code-point offset of `text` (identity when the text has no astral characters). */
function codePointOffsets(text: string): ((cp: number) => number) | null {
  if (!/[\uD800-\uDBFF]/.test(text)) return null
  const map: number[] = []
  let u = 0
  for (const ch of text) {
    map.push(u)
    u += ch.length
  }
  map.push(u)
  return (cp) => map[cp] ?? u
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Parses an .ann file against its text; throws naming the file and the span when a span's text is not the article's. */
export function parseBrat(name: string, ann: string, text: string): BratDoc {
  const toUtf16 = codePointOffsets(text)
  const spans = new Map<string, BratSpan>()
  const events: string[][] = []
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, head, spanText = ''] = line.split('\t')
      if (!id || !head) continue
      const [type, ...rest] = head.split(' ')
      const fragments = rest
        .join(' ')
        .split(';')
        .map((f) => {
          const [a, b] = f.trim().split(' ').map(Number)
          const start = toUtf16 ? toUtf16(a ?? 0) : (a ?? 0)
          const end = toUtf16 ? toUtf16(b ?? 0) : (b ?? 0)
          return { start, end }
        })
      const got = squash(fragments.map((f) => text.slice(f.start, f.end)).join(' '))
      if (got !== squash(spanText))
        throw new Error(
          `${name}: span ${id} reads ${JSON.stringify(spanText)} but the text there is ${JSON.stringify(got)}`
        )
      spans.set(id, { id, type: type ?? '', fragments, text: spanText })
    } else if (line.startsWith('E')) {
      const [id, args = ''] = line.split('\t')
      if (id) events.push([id, ...args.trim().split(' ')])
    }
  }
  const attributions: BratAttribution[] = []
  for (const [id, trigger, ...roles] of events) {
    const [type = '', triggerId = ''] = (trigger ?? '').split(':')
    if (!type.startsWith('Attribution')) continue
    const a: BratAttribution = { id: id ?? '', type }
    for (const role of roles) {
      const [r, ref = ''] = role.split(':')
      const span = spans.get(ref)
      if (!span) continue
      if (r === 'Cue') a.cue = span
      else if (r?.startsWith('Source')) a.source = span
      else if (r?.startsWith('Content')) a.content = span
    }
    // the event's trigger is the cue's text in PolNeAR; it stands in when no Cue role is given
    a.cue ??= spans.get(triggerId)
    attributions.push(a)
  }
  return { spans, attributions }
}
