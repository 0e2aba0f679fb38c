/**
 * Bad input, and nothing lost: each row of the issue's matrix goes through the reader's own import
 * path (Open, or More ▾ → Import bundle…) with the real ingest, bundle check and Dexie store
 * (fake-indexeddb). A refused file must say its name and the reason, and leave the library
 * byte-for-byte as it was (the export before equals the export after); the encodings Parallax
 * reads must come in correctly. The 50 MB file's "never a frozen window" is checked in Chromium
 * (test/e2e/durability.spec.ts).
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { OpenedFile } from '@core/bridge'
import { exportBundle } from '../../src/renderer/src/db'
import { readBrowserFile } from '../../src/renderer/src/platform'
import type { Services } from '../../src/renderer/src/app/services'
import { renderReader } from './reader-harness'

function setUp(files: OpenedFile[], bundles: OpenedFile[] = []) {
  return renderReader({ platform: { openFiles: async () => files, openBundleFile: async () => bundles } })
}

const utf8 = (s: string) => new TextEncoder().encode(s)
const file = (name: string, bytes: Uint8Array): OpenedFile => ({ ok: true, name, bytes })

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const units = [0xfeff, ...Array.from(s, (c) => c.charCodeAt(0))]
  const out = new Uint8Array(units.length * 2)
  units.forEach((u, i) => {
    out[i * 2 + (endian === 'le' ? 0 : 1)] = u & 0xff
    out[i * 2 + (endian === 'le' ? 1 : 0)] = u >> 8
  })
  return out
}

/** windows-1256 bytes, by inverting the platform's decoder (Node has no legacy encoders). */
function cp1256(s: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256')
  const table = new Map<string, number>()
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b)
  return Uint8Array.from([...s], (ch) => table.get(ch) ?? 0x3f)
}

const ENGLISH =
  'Strikes hit border town\n\nThe “convoy” was hit on Sunday, officials said, and café owners saw it burn.\n\nTwelve people were killed, the ministry said.'
const ARABIC =
  'تضييق الخناق على داعش\n\nقالت قيادة العمليات المشتركة إن غارات جوية استهدفت اجتماعاً لقادة التنظيم في القائم.\n\nوأضافت أن الغارات قتلت اثني عشر قيادياً.'
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0
])
const NO_ARTICLE =
  '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><footer>© 2024</footer></body></html>'

/** A 50 MB file as the browser hands it over: refused by its size, before a byte is read. */
const fiftyMegabytes = {
  name: 'huge.txt',
  size: 50 * 1024 * 1024,
  arrayBuffer: () => Promise.reject(new Error('must not be read'))
} as unknown as File

const AT = '2024-01-01T00:00:00.000Z'
function bundle(parts: { articles?: unknown[]; claims?: unknown[]; format?: string } = {}): string {
  const text = 'Twelve people were killed on Sunday, the ministry said.'
  const article = {
    id: 'a1',
    caseId: 'c1',
    title: 'A story',
    outlet: 'Wire',
    byline: '',
    url: '',
    lang: 'en',
    dir: 'ltr',
    text,
    captions: [],
    sourceFormat: 'text',
    sourceName: 'a.txt',
    contentHash: 'h1',
    importedAt: AT,
    updatedAt: AT
  }
  const claim = {
    id: 'k1',
    articleId: 'a1',
    kind: 'casualty',
    anchor: { start: 0, end: 6, exact: 'Twelve', prefix: '', suffix: ' people' },
    value: { outcome: 'killed', min: 12, max: 12 },
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: [],
    createdAt: AT,
    updatedAt: AT
  }
  return JSON.stringify({
    format: parts.format ?? 'parallax/1',
    cases: [{ id: 'c1', name: 'Imported case', articleIds: ['a1'], createdAt: AT, updatedAt: AT }],
    articles: parts.articles ?? [article],
    claims: parts.claims ?? [claim],
    links: []
  })
}
const sampleArticle = JSON.parse(bundle()).articles[0]
const sampleClaim = JSON.parse(bundle()).claims[0]

const panes = () => document.querySelectorAll<HTMLElement>('.pane')

async function started(services: Services): Promise<string> {
  await waitFor(() => expect(panes()).toHaveLength(2))
  return JSON.stringify(await exportBundle(services.db))
}

describe('bad input: refused with the file and the reason, nothing changed', () => {
  const refusedFiles: [string, () => Promise<OpenedFile>, RegExp][] = [
    ['an empty file', async () => file('empty.txt', new Uint8Array(0)), /empty\.txt: is empty/],
    [
      'a binary file named .txt',
      async () => file('data.txt', new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10])),
      /data\.txt: is not a text or web page file \(it looks like binary data\)/
    ],
    [
      'a binary file named .html',
      async () => file('photo.html', PNG),
      /photo\.html: is not a text or web page file \(it looks like a PNG image\)/
    ],
    ['a 50 MB text file', () => readBrowserFile(fiftyMegabytes), /huge\.txt: is larger than 20 MB \(50 MB\)/],
    [
      'invalid UTF-8',
      async () => file('broken.txt', new Uint8Array([...utf8(ENGLISH.slice(0, 40)), 0xff, ...utf8(ENGLISH.slice(40))])),
      /broken\.txt: is not valid UTF-8 text \(1 character could not be read\)/
    ],
    [
      'HTML with no article',
      async () => file('index.html', utf8(NO_ARTICLE)),
      /index\.html: has no article text that Parallax could find/
    ]
  ]

  it.each(refusedFiles)('%s (Open)', async (_row, make, reason) => {
    const user = userEvent.setup()
    const services = setUp([await make()])
    const before = await started(services)
    await user.click(screen.getByRole('button', { name: 'Open…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(reason)
    expect(alert).toHaveTextContent('could not be imported')
    expect(JSON.stringify(await exportBundle(services.db))).toBe(before)
    // The window still works: the next command opens its dialog.
    await user.click(screen.getByRole('button', { name: 'Paste…' }))
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  const refusedBundles: [string, string, RegExp][] = [
    [
      'a malformed JSON bundle',
      '{"format": "parallax/1", "cases": [',
      /The file is not valid JSON at line 1, column \d+/
    ],
    [
      'a bundle of another format version',
      bundle({ format: 'parallax/2' }),
      /This is a parallax\/2 bundle; this version of Parallax reads parallax\/1/
    ],
    [
      'a bundle whose claim offsets fall outside the text',
      bundle({ claims: [{ ...sampleClaim, anchor: { ...sampleClaim.anchor, start: 400, end: 406 } }] }),
      /claims\[0\] \(id k1\): anchor end 406 is past the end of article a1's text/
    ],
    [
      'a bundle with duplicate ids',
      bundle({ articles: [sampleArticle, { ...sampleArticle, title: 'Same id' }] }),
      /articles\[1\] \(id a1\): the id is used twice/
    ]
  ]

  it.each(refusedBundles)('%s (Import bundle)', async (_row, json, reason) => {
    const user = userEvent.setup()
    const services = setUp([], [file('case.parallax.json', utf8(json))])
    const before = await started(services)
    await user.click(screen.getByRole('button', { name: 'More ▾' }))
    await user.click(screen.getByRole('menuitem', { name: 'Import bundle…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('case.parallax.json was not imported: nothing was changed.')
    expect(alert).toHaveTextContent(reason)
    expect(JSON.stringify(await exportBundle(services.db))).toBe(before)
  })
})

describe('encodings Parallax reads: imported correctly', () => {
  it.each([
    [
      'UTF-16 LE with BOM',
      'le.txt',
      utf16(ENGLISH, 'le'),
      'The “convoy” was hit on Sunday, officials said, and café owners saw it burn.'
    ],
    [
      'UTF-16 BE with BOM',
      'be.txt',
      utf16(ENGLISH, 'be'),
      'The “convoy” was hit on Sunday, officials said, and café owners saw it burn.'
    ],
    [
      'windows-1256 Arabic without BOM',
      'arabic.txt',
      cp1256(ARABIC),
      'قالت قيادة العمليات المشتركة إن غارات جوية استهدفت اجتماعاً لقادة التنظيم في القائم.'
    ]
  ])('%s', async (_row, name, bytes, paragraph) => {
    const user = userEvent.setup()
    const services = setUp([file(name, bytes)])
    await started(services)
    await user.click(screen.getByRole('button', { name: 'Open…' }))
    await waitFor(async () => expect((await exportBundle(services.db)).articles).toHaveLength(3))
    const stored = (await exportBundle(services.db)).articles.find((a) => a.sourceName === name)!
    expect(stored.text.split('\n\n')).toContain(paragraph)
    expect(stored.text).not.toMatch(/[\uFFFD\u0000]/)
    expect(stored.dir).toBe(name === 'arabic.txt' ? 'rtl' : 'ltr')
    await waitFor(() => expect(within(panes()[1]!).getByText(paragraph)).toBeInTheDocument())
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
