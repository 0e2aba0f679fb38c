/**
 * Bytes → string. Saved articles come in UTF-8 (with or without BOM), UTF-16 from Windows tools,
 * and legacy Windows code pages from older Arabic and Western sites. We decode with the platform's
 * TextDecoder (WHATWG Encoding: present in browsers, workers and Node with full ICU), and guess
 * only when the bytes are not valid UTF-8 and nothing declares an encoding.
 */

// TextDecoder is global in every runtime core runs in, but it belongs to the DOM lib, which core
// does not load (so that window/document stay out of reach). This is the slice we use.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean }
) => { readonly encoding: string; decode(input: Uint8Array): string }

export interface Decoded {
  text: string
  /** WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1256'. */
  encoding: string
  /** Something the journalist should know about how the bytes were read; '' when nothing. */
  warning: string
  /** Characters of a mostly-UTF-8 file that were not valid UTF-8 and decode as U+FFFD; absent when none. */
  damaged?: number
}

/** Bytes examined when guessing; a page's worth is enough and keeps 20 MB files cheap. */
const SAMPLE_BYTES = 16_384

/** cp1256 byte values of Arabic letters (ء–ي, with the Persian/Urdu additions the code page carries). */
function isCp1256ArabicLetter(b: number): boolean {
  return (
    (b >= 0xc1 && b <= 0xda && b !== 0xd7) ||
    (b >= 0xdc && b <= 0xdf) ||
    b === 0xe1 ||
    (b >= 0xe3 && b <= 0xe6) ||
    b === 0xec ||
    b === 0xed ||
    [0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x98, 0x9f, 0xaa, 0xc0].includes(b)
  )
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)
}

/** True when a legacy single-byte file is more likely Arabic (cp1256) than Western (cp1252). */
function looksArabic(bytes: Uint8Array): boolean {
  let arabic = 0
  let latin = 0
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (isCp1256ArabicLetter(b)) arabic++
    else if (isAsciiLetter(b)) latin++
  }
  // In Western cp1252 text accented letters are a few per cent of letters; in Arabic text nearly all are high bytes.
  return arabic > 0 && arabic / (arabic + latin) > 0.3
}

/** UTF-16 without a BOM shows as a NUL in every other byte for Latin text; returns which half, or ''. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | '' {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1
  if (n < 8) return ''
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le'
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be'
  return ''
}

/**
 * windows-1252 bytes 0x80–0x9F (smart quotes, dashes, €, Š…) per the WHATWG index. Node 20's
 * TextDecoder reads this code page as ISO-8859-1 and returns C1 controls there instead; a correct
 * decoder never returns those five-and-twenty controls, so mapping them is safe everywhere.
 */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

function decodeWith(label: string, bytes: Uint8Array): { text: string; encoding: string } | null {
  try {
    const decoder = new TextDecoder(label)
    let text = decoder.decode(bytes)
    if (decoder.encoding === 'windows-1252') {
      text = text.replace(/[\u0080-\u009F]/g, (c) => String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80]!))
    }
    return { text, encoding: decoder.encoding }
  } catch {
    return null // a label the platform does not know (e.g. a typo in a page's <meta charset>)
  }
}

/** The BOM's encoding, or '' when the bytes start with none. TextDecoder drops the BOM itself. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | '' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return ''
}

/** 'utf-16le' / 'utf-16be' when the bytes are UTF-16 (by BOM, or by the NUL pattern of Latin text); '' otherwise. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | '' {
  const bom = bomEncoding(bytes)
  if (bom === 'utf-8') return ''
  return bom || sniffUtf16WithoutBom(bytes)
}

/** The encoding an HTML page declares in `<meta charset>` or `http-equiv` within its first bytes; '' when none. */
export function declaredHtmlCharset(bytes: Uint8Array): string {
  let head = ''
  const n = Math.min(bytes.length, 4096)
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!)
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  return m ? m[1]!.toLowerCase() : ''
}

/**
 * Decodes `bytes` to a string: BOM first, then strict UTF-8, then (when the bytes are not UTF-8)
 * the `declared` charset if the platform knows it, else windows-1256 for Arabic-looking bytes and
 * windows-1252 otherwise. Mostly-UTF-8 files with a few broken bytes stay UTF-8, with a warning.
 */
export function decodeBytes(bytes: Uint8Array, declared = ''): Decoded {
  const bom = utf16Encoding(bytes) || bomEncoding(bytes)
  if (bom) {
    const r = decodeWith(bom, bytes)!
    return { ...r, warning: '' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warning: '' }
  } catch {
    // not valid UTF-8: fall through to the declared or guessed legacy encoding
  }
  const loose = new TextDecoder('utf-8').decode(bytes)
  const broken = loose.match(/\uFFFD/g)?.length ?? 0
  const wellFormed = loose.match(/[^\x00-\x7F\uFFFD]/g)?.length ?? 0
  // Legacy single-byte text almost never forms valid multi-byte UTF-8 sequences by chance, so a
  // majority of well-formed ones means UTF-8 with some damage, not another encoding.
  if (wellFormed > 0 && wellFormed >= 2 * broken) {
    const what = broken === 1 ? '1 character' : `${broken} characters`
    return { text: loose, encoding: 'utf-8', warning: `${what} could not be read and show as �`, damaged: broken }
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    const r = decodeWith(declared, bytes)
    if (r) return { ...r, warning: '' }
  }
  const guess = looksArabic(bytes) ? 'windows-1256' : 'windows-1252'
  const r = decodeWith(guess, bytes)!
  return { ...r, warning: `the file does not say how its text is encoded; it was read as ${guess}` }
}
