/**
 * How an extracted web page is scored against Readability's expected output: a bag-of-tokens F1 of
 * the text, and whether title and byline match the expected metadata. Kept apart from the runner
 * (readability.ts) so the counting itself is unit-tested. Scripts written without spaces between
 * words (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar) count one token per character;
 * everything else counts words, lower-cased, punctuation aside.
 */

/** Characters of scripts that put no space between words: each is a token. */
const SCRIPT_NAMES = ['Han', 'Hiragana', 'Katakana', 'Thai', 'Lao', 'Khmer', 'Myanmar']
const SCRIPTS = SCRIPT_NAMES.map((s) => `\\p{Script=${s}}`).join('')
const NO_SPACE_CHAR = new RegExp(`[${SCRIPTS}]`, 'u')
const TOKEN = new RegExp(`[${SCRIPTS}]|[\\p{L}\\p{N}\\p{M}]+`, 'gu')

/** The text's tokens: words, and single characters of scripts without spaces. */
export function tokens(text: string): string[] {
  const out: string[] = []
  for (const m of text.toLowerCase().matchAll(TOKEN)) {
    const t = m[0]
    // a run of letters may hold no-space characters after Latin ones ("ai模型"): split those off
    if (t.length > 1 && NO_SPACE_CHAR.test(t)) out.push(...t.split(''))
    else out.push(t)
  }
  return out
}

/** Token F1 (0–100) of `got` against `want`, counting repeated tokens (a multiset). 100 when both are empty. */
export function tokenF1(got: string, want: string): number {
  const g = tokens(got)
  const w = tokens(want)
  if (g.length === 0 && w.length === 0) return 100
  if (g.length === 0 || w.length === 0) return 0
  const counts = new Map<string, number>()
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of g) {
    const n = counts.get(t) ?? 0
    if (n > 0) {
      common++
      counts.set(t, n - 1)
    }
  }
  if (common === 0) return 0
  const p = common / g.length
  const r = common / w.length
  return (200 * p * r) / (p + r)
}

function key(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * A title matches the expected one when it is the same, or the expected one with a site or
 * section name at one edge left off ("Story _Section_Site" → "Story"; a name left off the front
 * only when what remains is most of it): the stated headline.
 */
export function titleMatches(got: string, want: string | null | undefined): boolean {
  const g = key(got)
  const w = key(want)
  if (w === '') return g === ''
  if (g === '') return false
  // a site name before the headline ("Site - Story") is shorter than the headline it leaves
  return g === w || w.startsWith(`${g} `) || (w.endsWith(` ${g}`) && g.length * 2 >= w.length)
}

/**
 * A byline matches when both are empty, or when the one found is the person's name part of the
 * expected one ("By Brenda Goodman, MA WebMD Health News" holds "Brenda Goodman"), starting at a word. Case aside:
 * "GILLIAN MOHNEY" and "Gillian Mohney" are one name. Several people match when each is named in it,
 * however the expected one joins them.
 */
export function bylineMatches(got: string, want: string | null | undefined): boolean {
  const g = key(got)
  const w = key(want)
  if (w === '') return g === ''
  if (g === '') return false
  // the name at a word's start: "by Lucas Nolan22 Dec 2016" (elements run together) holds "Lucas Nolan"
  const holds = (name: string) => ` ${w}`.includes(` ${name}`)
  if (g === w || holds(g) || (!/ /.test(g) && w.includes(g))) return true
  // several people, listed with other words between them ("Jane Roe, John Smith" in "Par Jane Roe
  // et John Smith"): each of them is named
  const people = (got ?? '')
    .split(/\s*(?:[,;&]|\band\b)\s*/i)
    .map(key)
    .filter(Boolean)
  return people.length > 1 && people.every(holds)
}
