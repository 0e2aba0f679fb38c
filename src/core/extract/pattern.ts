/**
 * Compiling the large suggestion patterns cheaply. V8 takes about a second to compile a
 * case-insensitive Unicode (`iu`) pattern of this size (full Unicode case folding over every
 * alternative), on the first suggestion a journalist asks for; the same pattern with explicit
 * letter ranges and without `u` compiles in milliseconds. So `\p{L}`, `\p{Lu}` and `\p{M}` are
 * spelled out as the BMP ranges of the scripts Parallax reads, and `u` is dropped, for the large
 * case-insensitive patterns.
 * Every range is in the BMP, so code-unit matching finds exactly what code-point matching did there.
 */

/** Letters: Latin (with Latin-1 and Extended), Greek, Cyrillic, Armenian, Hebrew, Arabic (and its supplements), Latin Extended Additional. */
const LETTERS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u0373\\u0376\\u0377\\u037B-\\u037D\\u0386\\u0388-\\u03FF' +
  '\\u0400-\\u0481\\u048A-\\u052F\\u0531-\\u0556\\u0561-\\u0587\\u05D0-\\u05EA\\u05F0-\\u05F2\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3' +
  '\\u06D5\\u06E5\\u06E6\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\u1E00-\\u1FFF\\uFB1D-\\uFB4F\\uFB50-\\uFDFF\\uFE70-\\uFEFC'

/** Combining marks of those scripts: Latin diacritics, Hebrew points, Arabic harakat. */
const MARKS =
  '\\u0300-\\u036F\\u0483-\\u0489\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED'

/** Source length above which a pattern is compiled with spelled-out classes. */
const LARGE = 12_000

const CLASSES: Record<string, string> = { L: LETTERS, Lu: LETTERS, M: MARKS }

/** Rewrites `\p{L}`, `\p{Lu}`, `\p{M}` as ranges (bare inside a character class, bracketed outside one). */
export function spellOutClasses(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      const property = /^\\p\{(L|Lu|M)\}/.exec(source.slice(i))
      if (property) {
        const ranges = CLASSES[property[1]!]!
        out += inClass ? ranges : `[${ranges}]`
        i += property[0].length - 1
      } else {
        out += c + (source[i + 1] ?? '')
        i++
      }
      continue
    }
    if (c === '[' && !inClass) inClass = true
    else if (c === ']' && inClass) inClass = false
    out += c
  }
  return out
}

/**
 * A RegExp for a suggestion rule. With `u`, the Unicode classes are spelled out and `u` dropped
 * (see above), except for small case-insensitive patterns, which are compiled as written.
 */
export function pattern(source: string, flags: string): RegExp {
  // Measured on V8 12 (Node 20): `iu` costs grow with the number of alternatives (0.3–0.4 s for the
  // 16–17 kB verb and count patterns), spelled-out ranges cost grow with bounded repeats of
  // classes; below this size `iu` is the cheaper of the two. A case-sensitive `u` pattern with
  // \p{L} classes costs more still (seconds for the verb pattern), so it is always spelled out.
  if (!flags.includes('u')) return new RegExp(source, flags)
  if (flags.includes('i') && source.length < LARGE) return new RegExp(source, flags)
  // spelled out, \p{Lu} stands for every letter, which only a case-insensitive pattern may allow
  if (!flags.includes('i') && /\\p\{Lu\}/.test(source)) return new RegExp(source, flags)
  const rewritten = spellOutClasses(source)
  // Any Unicode-only syntax left (\p{…} of another class, \u{…}) keeps the original, slow but right.
  if (/\\[pP]\{|\\u\{/.test(rewritten)) return new RegExp(source, flags)
  return new RegExp(rewritten, flags.replace('u', ''))
}
