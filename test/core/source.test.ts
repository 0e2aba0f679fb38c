import { describe, expect, it, vi } from 'vitest'
import {
  describeReadError,
  fileNameOf,
  MAX_IMPORT_BYTES,
  readSourceFile,
  tooLargeReason,
  type FileSystemPort
} from '@core/source'

describe('readSourceFile', () => {
  it('refuses a file that grew past the limit between stat and read', async () => {
    const fs: FileSystemPort = {
      stat: async () => ({ size: 10, isFile: () => true }),
      readFile: async () => new Uint8Array(MAX_IMPORT_BYTES + 1)
    }
    expect(await readSourceFile('/a/b.txt', fs)).toEqual({
      ok: false,
      name: 'b.txt',
      reason: tooLargeReason(MAX_IMPORT_BYTES + 1)
    })
  })

  it('refuses a folder', async () => {
    const fs: FileSystemPort = { stat: async () => ({ size: 4096, isFile: () => false }), readFile: vi.fn() }
    expect(await readSourceFile('/a/folder', fs)).toMatchObject({ ok: false, reason: 'is not a regular file' })
    expect(fs.readFile).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly the limit', async () => {
    const fs: FileSystemPort = {
      stat: async () => ({ size: MAX_IMPORT_BYTES, isFile: () => true }),
      readFile: async () => new Uint8Array(MAX_IMPORT_BYTES)
    }
    expect(await readSourceFile('/a/edge.txt', fs)).toMatchObject({ ok: true, name: 'edge.txt' })
  })

  it.each([
    ['ENOENT', 'could not be found'],
    ['EISDIR', 'is a folder, not a file'],
    ['EPERM', 'could not be read (permission denied)'],
    ['EWHATEVER', 'could not be read']
  ])('describes %s as "%s"', (code, reason) => {
    expect(describeReadError(Object.assign(new Error('x'), { code }))).toBe(reason)
  })
})

describe('fileNameOf', () => {
  it.each([
    ['/news/a.txt', 'a.txt'],
    ['C:\\Users\\me\\b.html', 'b.html'],
    ['c.md', 'c.md']
  ])('%s → %s', (path, name) => expect(fileNameOf(path)).toBe(name))
})

describe('tooLargeReason', () => {
  it('gives both the limit and the size, in MB', () => {
    expect(tooLargeReason(25 * 1024 * 1024)).toBe('is larger than 20 MB (25 MB)')
    expect(tooLargeReason(23.44 * 1024 * 1024)).toBe('is larger than 20 MB (23.4 MB)')
  })
})

describe('limits', () => {
  it('reads a bundle larger than an article may be, within the bundle limit', async () => {
    const { MAX_BUNDLE_BYTES } = await import('@core/source')
    const size = 50 * 1024 * 1024
    const fs: FileSystemPort = {
      stat: async () => ({ size, isFile: () => true }),
      readFile: async () => new Uint8Array(8)
    }
    expect(await readSourceFile('/b/backup.json', fs)).toMatchObject({
      ok: false,
      reason: 'is larger than 20 MB (50 MB)'
    })
    expect(await readSourceFile('/b/backup.json', fs, MAX_BUNDLE_BYTES)).toMatchObject({ ok: true })
  })
})
