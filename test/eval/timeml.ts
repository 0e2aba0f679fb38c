/**
 * Reads a TimeML file (TimeBank, AQUAINT): the article's text is the content of <TEXT> with every
 * tag removed and the five XML entities decoded, and each TIMEX3 inside it keeps its offsets into
 * that text (UTF-16, end exclusive). The document creation time is the value of <DCT>'s TIMEX3;
 * the title, where a file has one, is the text of <TITLE>.
 * One pass over the markup with a tag pattern: the files are small, regular and machine-written.
 */

export interface Timex {
  start: number
  end: number
  tid: string
  type: string
  value: string
  text: string
}

export interface TimemlDoc {
  name: string
  /** the text of <TITLE> when the file has one (outside <TEXT>), else '' */
  title: string
  text: string
  /** YYYY-MM-DD (the DCT's value, cut to the day); undefined when the file has none */
  dct?: string
  timexes: Timex[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
    return ENTITIES[e.toLowerCase()] ?? whole
  })
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? ''
}

/** Parses one TimeML document; throws with the file name when it has no <TEXT>. */
export function parseTimeml(name: string, xml: string): TimemlDoc {
  const open = xml.indexOf('<TEXT>')
  const close = xml.indexOf('</TEXT>', open)
  if (open < 0 || close < 0) throw new Error(`${name}: no <TEXT> element`)
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1]
  const dctValue = dctTag ? attr(dctTag, 'value') : ''
  const dct = /^\d{4}-\d{2}-\d{2}/.exec(dctValue)?.[0]
  const inner = xml.slice(open + '<TEXT>'.length, close)
  let text = ''
  const timexes: Timex[] = []
  let openTimex: Omit<Timex, 'end' | 'text'> | null = null
  const tag = /<[^>]*>/g
  let last = 0
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    text += decode(inner.slice(last, m.index))
    last = m.index + m[0].length
    const t = m[0]
    if (t.startsWith('<TIMEX3'))
      openTimex = { start: text.length, tid: attr(t, 'tid'), type: attr(t, 'type'), value: attr(t, 'value') }
    else if (t === '</TIMEX3>' && openTimex) {
      timexes.push({ ...openTimex, end: text.length, text: text.slice(openTimex.start, text.length) })
      openTimex = null
    }
  }
  text += decode(inner.slice(last))
  const titleMatch = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)
  const title = titleMatch ? decode((titleMatch[1] ?? '').replace(/<[^>]*>/g, '')).trim() : ''
  const doc: TimemlDoc = { name, title, text, timexes }
  if (dct) doc.dct = dct
  return doc
}
