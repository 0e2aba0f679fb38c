/**
 * A fast fingerprint of a text, used to notice that the same article is imported twice. Not a
 * cryptographic hash: collisions can be forced, and nothing in Parallax relies on them being hard.
 */

/**
 * cyrb53 (bryc, public domain): two 32-bit multiply-xorshift lanes folded into 53 bits, the
 * largest integer a JS number holds exactly. Iterates UTF-16 code units.
 */
function cyrb53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** A 53-bit non-cryptographic hash of `s` as 14 lower-case hex digits; equal texts give equal hashes. */
export function hashText(s: string): string {
  return cyrb53(s).toString(16).padStart(14, '0')
}
