/**
 * What the CLI prints, made safe for a terminal. Titles, outlets, bylines, quotes and file names
 * come from pages and bundles that anyone can write, and a terminal obeys the control characters in
 * them: ESC sequences retitle the window, clear the screen or move the cursor to overwrite a line
 * ("all bundles verified OK"), BEL rings, a lone CR rewrites the line. Every byte the CLI writes
 * goes through here, whatever command or message wrote it.
 */
import type { CliIo } from './command'

/**
 * C0 controls but tab and line feed, DEL, and C1 controls (CSI U+009B is ESC [ to some terminals).
 * A CR is kept only as the first half of CRLF (CSV reports end their rows so). Also the direction
 * embeddings, overrides and isolates, which terminals that lay out bidi text obey: an RLO in a
 * title could make the rest of the line read backwards (the marks LRM/RLM stay: Arabic needs them).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g

/**
 * `text` with every control character a terminal would act on written out as a `\u001B`-style
 * escape: visible, and still valid inside a JSON string, so --json output stays JSON.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}

/** Back to the start of the line and erase it: how a progress line is replaced or cleared. */
const CLEAR_LINE = '\r\u001b[K'

/**
 * The streams of `io`, escaping everything written to them. With `progress` (stderr is a terminal,
 * no --quiet), a progress line is drawn on stderr and replaced in place; a message written to
 * stderr first clears it, so no message ends up glued to a progress line.
 */
export function terminalIo(io: CliIo, options: { progress?: boolean } = {}): CliIo {
  let shown = false
  const clear = () => {
    if (shown) io.stderr(CLEAR_LINE)
    shown = false
  }
  const out: CliIo = {
    stdout: (text) => (clear(), io.stdout(escapeControls(text))),
    stderr: (text) => (clear(), io.stderr(escapeControls(text)))
  }
  if (options.progress) {
    out.progress = (line) => {
      if (line === '') return clear()
      io.stderr(CLEAR_LINE + escapeControls(line))
      shown = true
    }
  }
  return out
}
