/**
 * Opening an article's web address in the journalist's own browser: which addresses may leave the
 * app, checked the same way by the renderer (before it asks the journalist) and by main (before
 * `shell.openExternal`). Library-free and DOM-free like the rest of the contract: the sandboxed
 * preload bundles it and core has no `URL`. Main parses the address again with Node's URL.
 */

/** Longer addresses are refused: nothing a journalist clicks is this long, and a browser may cut it. */
export const MAX_EXTERNAL_URL = 2048

// Controls and the bidi controls that could make "https://evil.example/\u202Emoc.elpmaxe" read as
// another address in the confirmation; whitespace, which no valid address holds unescaped.
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/
const HTTP_URL = /^https?:\/\/([^/?#]*)/i

/**
 * Why `url` may not be opened outside the app, or null when it may: an http(s) address with a
 * host, no user name or password (they disguise the real host: "https://news.example@evil.example/"),
 * no control, bidi or space characters, at most MAX_EXTERNAL_URL characters.
 */
export function externalUrlProblem(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0) return 'there is no web address.'
  if (url.length > MAX_EXTERNAL_URL) return `the address is longer than ${MAX_EXTERNAL_URL} characters.`
  const authority = HTTP_URL.exec(url)?.[1]
  if (authority === undefined) return 'only http:// and https:// addresses open in the browser.'
  if (UNSAFE_CHARS.test(url)) return 'the address holds spaces or invisible control characters.'
  if (authority.includes('@')) return 'the address holds a user name or password.'
  if (authority === '' || authority.startsWith(':')) return 'the address has no host.'
  return null
}

/** openExternal takes one argument, the address; why a call is refused, or null. */
export function openExternalProblem(args: readonly unknown[]): string | null {
  if (args.length !== 1) return 'openExternal takes one web address.'
  return externalUrlProblem(args[0])
}
