/**
 * JSON-LD as text that is safe where JSON-LD goes: inside `<script type="application/ld+json">`
 * on a publisher's page. JSON.stringify leaves `</script>`, `<!--` and `&` as they are, so a hostile
 * title or quote could close the script element and run as HTML. Every `<`, `>` and `&` is written
 * as a \u escape (the parsed JSON is unchanged), as are U+2028/U+2029 (line terminators to older
 * JavaScript parsers) and the invisible direction and zero-width characters, so the file shows
 * them instead of letting them reorder what a reviewer reads.
 */

// Outside strings JSON has none of these characters, so escaping them everywhere only touches strings.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** `value` as JSON-LD text (two-space indent, ending with a newline) that cannot end a script element. */
export function renderJsonLd(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_SCRIPT, unicodeEscape) + '\n'
}
