/**
 * An image bomb is a PDF of a few kilobytes that declares an image of billions of pixels, so a
 * reader that decodes it allocates gigabytes. Before pdf.js opens a PDF, its raw bytes are scanned
 * here once, linearly: a stream's dictionary is never inside an object stream (PDF 32000 7.5.7),
 * so every stream's /Width and /Height are in the clear, and a JBIG2 stream's page and region sizes
 * stand at the start of its data. A PDF declaring more pixels in one image than MAX_IMAGE_PIXELS
 * is refused without being opened. (A JBIG2 stream compressed a second time is not looked into.)
 */

/** Pixels one image may declare: 2^28; a 600 dpi scan of an A3 page has 70 million. */
export const MAX_IMAGE_PIXELS = 2 ** 28

/** Bytes before a stream's data searched for its dictionary (its "obj" keyword). */
const DICTIONARY_WINDOW = 8_192
/** JBIG2 segments read at the start of one stream: the page and its regions come first. */
const JBIG2_SEGMENTS = 64

const count = (n: number) => Math.round(n).toLocaleString('en-US')

/** The reason a PDF declaring an image of `width` × `height` pixels is refused. */
export function imageBombReason(width: number, height: number): string {
  const millions = count((width * height) / 1e6)
  return (
    `declares an image of ${count(width)} × ${count(height)} pixels (${millions} million), more than Parallax ` +
    `opens (${count(MAX_IMAGE_PIXELS / 1e6)} million): it looks built to exhaust a reader (an image bomb), so it was ` +
    'not opened; if it is a real document, print it to a new PDF or export its text, and import that'
  )
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0
}

const latin1 = (b: Uint8Array) => String.fromCharCode(...b)
const SPACES = new Set([0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00])
const isSpace = (c: number | undefined) => c !== undefined && SPACES.has(c)

/** Whether a JBIG2 segment of this type holds a region (its data starts with width and height). */
function isRegion(type: number): boolean {
  return [4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43].includes(type)
}

/** The largest page or region (width, height) the first JBIG2 segments at `start` declare. */
function jbig2Size(b: Uint8Array, start: number): [number, number] {
  let best: [number, number] = [0, 0]
  let at = start
  for (let n = 0; n < JBIG2_SEGMENTS && at + 11 <= b.length; n++) {
    const number = u32(b, at)
    const flags = b[at + 4]!
    let refs = b[at + 5]! >> 5
    at += 6
    if (refs === 7) {
      refs = u32(b, at - 1) & 0x1fffffff
      at += 3 + Math.ceil((refs + 1) / 8)
    }
    at += refs * (number <= 256 ? 1 : number <= 65_536 ? 2 : 4) + (flags & 0x40 ? 4 : 1)
    if (at + 4 > b.length) break
    const length = u32(b, at)
    at += 4
    const type = flags & 0x3f
    if ((type === 48 || isRegion(type)) && at + 8 <= b.length) {
      const width = u32(b, at)
      const height = u32(b, at + 4)
      // a striped page gives its height as 0xffffffff: unknown until its end
      if (height !== 0xffffffff && width * height > best[0] * best[1]) best = [width, height]
    }
    if (length === 0xffffffff) break
    at += length
  }
  return best
}

const ENTRY = {
  Width: /\/Width\s+(\d+)\b(?!\s+\d+\s+R\b)/,
  Height: /\/Height\s+(\d+)\b(?!\s+\d+\s+R\b)/
}

/** A direct whole number after `key` in a dictionary (an indirect "5 0 R" is not read). */
function entry(dictionary: string, key: keyof typeof ENTRY): number {
  const m = ENTRY[key].exec(dictionary)
  return m ? Number(m[1]) : 0
}

/** Where the dictionary ending at `end` begins: just after its object's "obj" keyword, if near. */
function dictionaryStart(b: Uint8Array, end: number): number {
  const from = Math.max(0, end - DICTIONARY_WINDOW)
  for (let i = end - 3; i >= from; i--) {
    if (b[i] === 0x6f && b[i + 1] === 0x62 && b[i + 2] === 0x6a) return i + 3
  }
  return from
}

/** The largest image (width, height) that the stream whose data starts at `data` declares. */
function streamImage(b: Uint8Array, dictionaryEnd: number, data: number): [number, number] {
  const text = latin1(b.subarray(dictionaryStart(b, dictionaryEnd), dictionaryEnd))
  const declared: [number, number] = [entry(text, 'Width'), entry(text, 'Height')]
  if (!/\/Filter\s*\[?\s*\/JBIG2Decode/.test(text)) return declared
  const coded = jbig2Size(b, data)
  return coded[0] * coded[1] > declared[0] * declared[1] ? coded : declared
}

/**
 * The reason a PDF's bytes declare an image bomb, or null: one pass over every "stream" keyword,
 * reading each stream's dictionary and, for JBIG2, the headers of its first segments.
 */
export function findImageBomb(b: Uint8Array): string | null {
  for (let i = b.indexOf(0x73); i >= 0; i = b.indexOf(0x73, i + 1)) {
    // "stream" then an end of line, after a dictionary's ">>"
    if (b[i + 1] !== 0x74 || b[i + 2] !== 0x72 || b[i + 3] !== 0x65 || b[i + 4] !== 0x61 || b[i + 5] !== 0x6d) continue
    let end = i - 1
    while (end > 0 && isSpace(b[end])) end--
    if (b[end] !== 0x3e || b[end - 1] !== 0x3e) continue
    let data = i + 6
    if (b[data] === 0x0d) data++
    if (b[data] === 0x0a) data++
    const [width, height] = streamImage(b, end + 1, data)
    if (width * height > MAX_IMAGE_PIXELS) return imageBombReason(width, height)
  }
  return null
}
