/**
 * Folders on the command line: `parallax import DIR` reads the article files in DIR and its
 * subfolders (by extension, as core/ingest names them; bundles too for the commands that read
 * bundles), in name order so that a run is repeatable. Hidden files and folders are skipped: a
 * saved page's `.DS_Store` or a `.git` folder is no article.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isArticleFileName } from '@core/ingest'
import { isBundlePath } from './bundles'
import type { CliIo } from './command'

/** What a folder is searched for: article files, and bundles where the command reads them. */
export interface FolderFilter {
  bundles: boolean
}

async function walk(dir: string, filter: FolderFilter, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await walk(path, filter, out)
    else if (entry.isFile() && (isArticleFileName(entry.name) || (filter.bundles && isBundlePath(entry.name))))
      out.push(path)
  }
}

export interface Expanded {
  files: string[]
  /** folders that could not be listed or held no article file (each reported on stderr) */
  failed: number
}

/**
 * The inputs with each folder replaced by the files found in it; anything else (a file, a path
 * that does not exist) is kept as given, for the reader to report.
 */
export async function expandFolders(inputs: readonly string[], filter: FolderFilter, io: CliIo): Promise<Expanded> {
  const out: Expanded = { files: [], failed: 0 }
  for (const input of inputs) {
    const isDir = await stat(input).then(
      (s) => s.isDirectory(),
      () => false
    )
    if (!isDir) {
      out.files.push(input)
      continue
    }
    const found: string[] = []
    try {
      await walk(input, filter, found)
    } catch (error) {
      out.failed++
      io.stderr(
        `parallax: ${input}: the folder could not be read (${error instanceof Error ? error.message : String(error)})\n`
      )
      continue
    }
    if (found.length === 0) {
      out.failed++
      io.stderr(
        `parallax: ${input}: the folder holds no article file (.txt, .md, .html${filter.bundles ? ' or a .json bundle' : ''})\n`
      )
    }
    out.files.push(...found)
  }
  return out
}
