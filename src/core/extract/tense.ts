/**
 * Which way a date without a year or a week points: "the ministry said on Tuesday" looks back,
 * "the minister will visit on Tuesday" ahead. Read from the nearest tense marker before the date
 * in its clause (then just after it): a future marker (will, 'll, shall, would, going to, plans
 * to, scheduled, expected, due to, set to, سوف, من المقرر) points ahead unless a past auxiliary
 * leads it ("had been due to expire Friday"); a past form (said, was, had, a verb in -ed, an
 * irregular past from the closed class of English irregular verbs) points back, unless it is a
 * participle after a future auxiliary ("will be named … in December"). No marker: null, and the
 * caller takes the nearest date.
 */
import type { Direction } from './calendar'

const FUTURE = String.raw`will|'ll|’ll|shall|would|going to|plans? to|planned|planning|scheduled|expected|due(?= to (?:be|expire|start|begin|meet|arrive|return|take|hold|open|close|end|vote|resume|visit|leave|sign|appear)\b| \d)|set to|slated|intends? to|is to|are to|as soon as|as early as|سوف|من المقرر|يعتزم|تعتزم|المقبل|المقبلة|القادم|القادمة`
/** The closed class of common English irregular past forms (regular ones end in -ed). */
const IRREGULAR_PAST =
  'said|told|was|were|had|did|made|took|came|went|gave|found|left|met|held|began|brought|thought|knew|saw|got|led|fled|' +
  'fought|sent|spent|won|lost|kept|built|heard|felt|stood|wrote|spoke|broke|chose|drove|rose|fell|flew|threw|struck|' +
  'shot|sold|paid|laid|sought|caught|taught|bought|became|ran|sat|hung|swore|stole|withdrew|arose|bore|tore|' +
  'understood|upheld|withheld|wore|overthrew|underwent|ago|last|earlier|yesterday'
/** Words in -ed that are not past forms. */
const NOT_PAST = /^(?:need|speed|indeed|feed|seed|hundred|proceed|exceed|succeed|bleed|breed|creed|greed|shed|bed|red|wed|embed)$/i

const MARKER = new RegExp(`(?<![\\p{L}'’])(?:(?<future>${FUTURE})|(?<past>${IRREGULAR_PAST}|\\p{L}{2,}ed))(?![\\p{L}])`, 'giu')
const PAST_AUX = /(?:had|has|have|was|were)(?: been)? $/i
const FUTURE_AUX = /(?:will|would|shall|to|'ll|’ll)(?: be| have)? $/i

function classify(window: string, m: RegExpExecArray): Direction {
  const g = m.groups ?? {}
  const before = window.slice(Math.max(0, m.index - 16), m.index)
  if (g.future) return PAST_AUX.test(before) && !/^(?:will|would|shall|'ll|’ll)$/i.test(g.future) ? 'past' : 'future'
  if (g.past && NOT_PAST.test(g.past)) return null
  return FUTURE_AUX.test(before) ? 'future' : 'past'
}

/** The direction of the date at [start, end) of `text` from the tense of its clause; null when nothing says. */
export function directionAt(text: string, start: number, end: number): Direction {
  const head = text.slice(Math.max(0, start - 100), start)
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('.\n'))
  const window = cut >= 0 ? head.slice(cut + 2) : head
  let last: RegExpExecArray | null = null
  MARKER.lastIndex = 0
  for (let m = MARKER.exec(window); m; m = MARKER.exec(window)) {
    if (classify(window, m) !== null) last = m
  }
  if (last) return classify(window, last)
  const tail = /^[^,;.!?]{0,40}/.exec(text.slice(end))?.[0] ?? ''
  MARKER.lastIndex = 0
  for (let m = MARKER.exec(tail); m; m = MARKER.exec(tail)) {
    const d = classify(tail, m)
    if (d) return d
  }
  return null
}
