/**
 * Web addresses: which ones Parallax treats as an article's address, turns into a link in a report
 * and opens in the journalist's browser. One rule for all of them (ingest, the Details dialog,
 * bundle import, reports, the open-in-browser confirmation and main's re-check), so an address
 * that one place refuses never becomes a live link in another. Library-free and without `URL`
 * (core has no DOM or Node types, and the sandboxed preload bundles this): main parses an address
 * again with Node's URL before the shell sees it.
 */

/** Longer addresses are refused: nothing a journalist clicks is this long, and a browser may cut it. */
export const MAX_WEB_ADDRESS = 2048

// Controls, the bidi controls that could make "https://evil.example/\u202Emoc.elpmaxe" read as
// another address, zero-width characters, and whitespace, which no valid address holds unescaped.
const UNSAFE_CHARS =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
const HTTP_URL = /^https?:\/\/([^/?#\\]*)/i
// A host name in ASCII (IDN hosts in their xn-- form), an IPv4 or a bracketed IPv6 address, with an optional port.
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * Why `url` is not a web address Parallax links to or opens, or null when it is: an http(s) address
 * with a host, no user name or password (they disguise the real host:
 * "https://news.example@evil.example/"), a host in plain ASCII (a look-alike letter from another
 * script cannot pass for a known site), no control, direction, zero-width or space characters, no
 * backslash, at most MAX_WEB_ADDRESS characters.
 */
export function webAddressProblem(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0) return 'there is no web address.'
  if (url.length > MAX_WEB_ADDRESS) return `the address is longer than ${MAX_WEB_ADDRESS} characters.`
  const authority = HTTP_URL.exec(url)?.[1]
  if (authority === undefined) return 'only http:// and https:// addresses are accepted.'
  if (UNSAFE_CHARS.test(url)) return 'the address holds spaces or invisible control characters.'
  if (url.includes('\\')) return 'the address holds a backslash, which browsers read as a slash.'
  if (authority.includes('@')) return 'the address holds a user name or password.'
  if (authority === '' || authority.startsWith(':')) return 'the address has no host.'
  if (!HOST.test(authority))
    return 'the host name holds characters other than ASCII letters, digits, dots and hyphens (it could imitate another site; write it in its xn-- form).'
  return null
}

/** Whether `url` is a web address Parallax links to and opens (see webAddressProblem). */
export function isWebAddress(url: unknown): url is string {
  return webAddressProblem(url) === null
}
