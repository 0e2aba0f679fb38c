/**
 * Where JSON text first goes wrong. JSON.parse says *that* a file is broken, but its messages
 * differ between engines and recent V8 no longer gives a position; a journalist fixing a bundle by
 * hand needs the line and column. A recursive-descent scan of RFC 8259 grammar (no values built),
 * run only after JSON.parse has failed.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the first character that cannot continue the document. */
  offset: number
  /** What was expected there, in words. */
  expected: string
}

class Stop {
  constructor(readonly offset: number, readonly expected: string) {}
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0
  const fail = (expected: string): never => {
    throw new Stop(i, expected)
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail(`"${word}"`))
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
          for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('four hex digits after \\u')
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
  const sequence = (close: string, item: () => void, what: string) => {
    i++
    space()
    if (text[i] === close) return void i++
    for (;;) {
      item()
      space()
      if (text[i] === ',') (i++, space())
      else if (text[i] === close) return void i++
      else fail(`"," or "${close}" after ${what}`)
    }
  }
  const value = (): void => {
    space()
    const ch = text[i]
    if (ch === '{')
      sequence('}', () => {
        if (text[i] !== '"') fail('a property name in double quotes')
        string()
        space()
        if (text[i] !== ':') fail('":" after a property name')
        i++
        value()
      }, 'a property')
    else if (ch === '[') sequence(']', value, 'an array item')
    else if (ch === '"') string()
    else if (ch === 't') literal('true')
    else if (ch === 'f') literal('false')
    else if (ch === 'n') literal('null')
    else if (ch === '-' || /[0-9]/.test(ch ?? '')) number()
    else fail(ch === undefined ? 'more data (the file ends too soon)' : 'a value')
  }
  try {
    value()
    space()
    if (i < text.length) fail('the end of the data')
    return null
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, expected: e.expected }
    throw e
  }
}
