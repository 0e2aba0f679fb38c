/**
 * Forwarded e-mail → the story it carries. Wire stories reach desks forwarded, sometimes several
 * times: a note from the sender, "-----Original Message-----" or "---------- Forwarded message
 * ---------" markers, From:/Sent:/To:/Subject: header blocks, "> " quoting, a signature. The story
 * is what follows the innermost header block; the subject is kept as a stand-in headline.
 */

export interface UnwrappedEmail {
  text: string
  /** the innermost Subject: without FW:/Fwd:/RE: prefixes; '' when none */
  subject: string
}

const MARKER = /^-{2,}\s*(original message|forwarded message)\s*-{2,}$|^begin forwarded message:?$/i
const HEADER = /^(from|sent|date|to|cc|bcc|subject|reply-to|importance)\s*:/i
const QUOTE = /^\s*(>\s?)+/

/** Index after the last header block (a marker and/or 2+ header lines), or -1 when the text has none. */
function endOfLastHeaderBlock(lines: readonly string[]): number {
  let end = -1
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.test(lines[i]!.trim())
    let j = marker ? i + 1 : i
    let fields = 0
    // header fields run until the first blank line; long To:/Cc: lists continue on indented lines
    while (j < lines.length && (HEADER.test(lines[j]!.trim()) || (fields > 0 && /^\s+\S/.test(lines[j]!)))) {
      j++
      fields++
    }
    if (marker || fields >= 2) {
      end = j
      i = j - 1
    }
  }
  return end
}

/** The story inside a forwarded or quoted e-mail, or null when `text` is not one. */
export function unwrapForwardedEmail(text: string): UnwrappedEmail | null {
  const raw = text.replace(/\r\n?/g, '\n').split('\n')
  const lines = raw.map((l) => l.replace(QUOTE, ''))
  const end = endOfLastHeaderBlock(lines)
  if (end < 0) return null
  let subject = ''
  for (const l of lines.slice(0, end)) {
    const m = /^subject\s*:\s*(.*)$/i.exec(l.trim())
    if (m) subject = m[1]!.replace(/^((fw|fwd|re|tr|wg|aw)\s*:\s*)+/i, '').trim()
  }
  let body = lines.slice(end)
  // a signature starts at the "-- " delimiter (RFC 3676) near the end
  const sig = body.findIndex((l, i) => /^--\s?$/.test(l) && i >= body.length - 12)
  if (sig >= 0) body = body.slice(0, sig)
  return { text: body.join('\n'), subject }
}
