/** The CLI's file system: Node's, behind the port core reads source files through; and the package's version. */
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { FileSystemPort } from '@core/source'

export const nodeFileSystem: FileSystemPort = { stat, readFile }

/** This package's version (package.json), for `--version` and the reports' footers. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}
