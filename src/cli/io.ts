/** The CLI's file system: Node's, behind the port core reads source files through. */
import { readFile, stat } from 'node:fs/promises'
import type { FileSystemPort } from '@core/source'

export const nodeFileSystem: FileSystemPort = { stat, readFile }
