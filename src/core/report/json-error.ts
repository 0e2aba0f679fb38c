/**
 * Where JSON text first goes wrong, and where it nests too deep. JSON.parse says *that* a file is
 * broken, but its messages differ between engines and recent V8 no longer gives a position; a
 * journalist fixing a bundle by hand needs the line and column. Both scanners are loops with an
 * explicit stack (no recursion), so no input can overflow the call stack; each reads the text once.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the first character that cannot continue the document. */
  offset: number
  /** What was expected there, in words. */
  expected: string
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string
  ) {}
}

const ARRAY = 0
const OBJECT = 1

/** The first syntax error in `text` (RFC 8259 grammar, no values built), or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0
  const fail = (expected: string): never => {
    throw new Stop(i, expected)
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i++] !== ch) {
        i--
        fail(`"${word}"`)
      }
    }
  }
  const string = () => {
    i++ // opening quote
    for (;;) {
      const ch = text[i]
      if (ch === undefined) fail('a closing quote (")')
      if (ch === '"') return void i++
      if (ch! < ' ') fail('no control character inside a string')
      if (ch === '\\') {
        i++
        if (text[i] === 'u') {
          i++
          for (let k = 0; k < 4; k++)
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('four hex digits after \\u')
            else i++
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++
        else fail('a valid escape after \\')
      } else i++
    }
  }
  const number = () => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (/[1-9]/.test(text[i] ?? '')) while (/[0-9]/.test(text[i] ?? '')) i++
    else fail('a digit')
    if (text[i] === '.') {
      i++
      if (!/[0-9]/.test(text[i] ?? '')) fail('a digit after the decimal point')
      while (/[0-9]/.test(text[i] ?? '')) i++
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (!/[0-9]/.test(text[i] ?? '')) fail('a digit in the exponent')
      while (/[0-9]/.test(text[i] ?? '')) i++
    }
  }
  /** A property name and its colon; the value follows. */
  const key = () => {
    space()
    if (text[i] !== '"') fail('a property name in double quotes')
    string()
    space()
    if (text[i] !== ':') fail('":" after a property name')
    i++
  }

  // The containers open around the current position; `expectValue` is false once a value ended.
  const open: number[] = []
  let expectValue = true
  try {
    for (;;) {
      space()
      if (expectValue) {
        const ch = text[i]
        if (ch === '{' || ch === '[') {
          i++
          space()
          if (text[i] === (ch === '{' ? '}' : ']')) {
            i++
            expectValue = false
            continue
          }
          open.push(ch === '{' ? OBJECT : ARRAY)
          if (ch === '{') key()
          continue
        }
        if (ch === '"') string()
        else if (ch === 't') literal('true')
        else if (ch === 'f') literal('false')
        else if (ch === 'n') literal('null')
        else if (ch === '-' || /[0-9]/.test(ch ?? '')) number()
        else fail(ch === undefined ? 'more data (the file ends too soon)' : 'a value')
        expectValue = false
        continue
      }
      const inside = open[open.length - 1]
      if (inside === undefined) {
        if (i < text.length) fail('the end of the data')
        return null
      }
      const close = inside === OBJECT ? '}' : ']'
      if (text[i] === ',') {
        i++
        if (inside === OBJECT) key()
        expectValue = true
      } else if (text[i] === close) {
        i++
        open.pop()
      } else fail(`"," or "${close}" after ${inside === OBJECT ? 'a property' : 'an array item'}`)
    }
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, expected: e.expected }
    throw e
  }
}

export type NestingProblem = { kind: 'depth' | 'containers'; offset: number }

/**
 * The first `[` or `{` that opens a level deeper than `maxDepth`, or the one past `maxContainers`
 * arrays and objects in all, or null. Reads strings by jumping from quote to quote (indexOf), so it
 * costs little beside JSON.parse; run first, a file of a million `[` (or of `[],` repeated) is
 * refused before it is built in memory. Not a syntax check: broken JSON it lets through is left
 * to JSON.parse and findJsonSyntaxError.
 */
export function findNestingProblem(text: string, maxDepth: number, maxContainers = Infinity): NestingProblem | null {
  let depth = 0
  let containers = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // the closing quote is the next one not escaped by an odd run of backslashes
      let j = i
      for (;;) {
        j = text.indexOf('"', j + 1)
        if (j < 0) return null
        let slashes = 0
        while (text.charCodeAt(j - 1 - slashes) === 0x5c) slashes++
        if (slashes % 2 === 0) break
      }
      i = j
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { kind: 'depth', offset: i }
      if (++containers > maxContainers) return { kind: 'containers', offset: i }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return null
}

/** "line 3, column 13" (both 1-based) of a UTF-16 offset; counts line ends without splitting the text. */
export function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++
    lineStart = at + 1
  }
  return `line ${line}, column ${offset - lineStart + 1}`
}
