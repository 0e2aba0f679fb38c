/**
 * Source files: reading the files a journalist chose (Open dialog, command line) through a
 * file-system port, with one size limit and one wording for every refusal, so the desktop app, the
 * browser and the CLI say the same thing about the same file. Nothing here touches a disk itself.
 */

/** The largest file Parallax imports; bigger ones are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** The largest bundle or backup Parallax reads: a whole library, texts and all, is far larger than one article. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024

/** A file the user chose, read; or the reason it could not be read. */
export type OpenedFile = { ok: true; name: string; bytes: Uint8Array } | { ok: false; name: string; reason: string }

/** The two calls reading needs; Node's fs/promises fits it. */
export interface FileSystemPort {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>
  readFile(path: string): Promise<Uint8Array>
}

/** "23.4 MB" (MiB, one decimal at most). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
}

/** The reason a file of `size` bytes is refused when at most `limit` bytes are read. */
export function tooLargeReason(size: number, limit = MAX_IMPORT_BYTES): string {
  return `is larger than ${formatMegabytes(limit)} (${formatMegabytes(size)})`
}

/** The file name of a path, for either separator (a Windows path may reach the CLI). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path
}

/** A sentence fragment for a file-system error: what it means, never a stack or a path dump. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'could not be found'
    case 'EACCES':
    case 'EPERM':
      return 'could not be read (permission denied)'
    case 'EISDIR':
      return 'is a folder, not a file'
    case 'EMFILE':
    case 'ENFILE':
      return 'could not be opened (too many open files)'
    case 'EIO':
      return 'could not be read (input/output error)'
    default:
      return 'could not be read'
  }
}

/** Reads one chosen file of at most `limit` bytes, or says why not; the size is checked before reading. Never throws for a file-system problem. */
export async function readSourceFile(path: string, fs: FileSystemPort, limit = MAX_IMPORT_BYTES): Promise<OpenedFile> {
  const name = fileNameOf(path)
  try {
    const info = await fs.stat(path)
    if (!info.isFile()) return { ok: false, name, reason: 'is not a regular file' }
    if (info.size > limit) return { ok: false, name, reason: tooLargeReason(info.size, limit) }
    const data = await fs.readFile(path)
    // The file may have grown between stat and read.
    if (data.byteLength > limit) return { ok: false, name, reason: tooLargeReason(data.byteLength, limit) }
    // A plain Uint8Array (not a Node Buffer) so exactly the file's bytes cross IPC.
    return { ok: true, name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }
  } catch (error) {
    return { ok: false, name, reason: describeReadError(error) }
  }
}

/** Reads files one after another, so at most one large file is in memory at a time. */
export async function readSourceFiles(
  paths: readonly string[],
  fs: FileSystemPort,
  limit = MAX_IMPORT_BYTES
): Promise<OpenedFile[]> {
  const results: OpenedFile[] = []
  for (const path of paths) results.push(await readSourceFile(path, fs, limit))
  return results
}
