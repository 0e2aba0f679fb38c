/** Runs bin/parallax.mjs as a user would, in a child process. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'

export const repoRoot = join(__dirname, '..', '..')
export const parallaxBin = join(repoRoot, 'bin', 'parallax.mjs')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [parallaxBin, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', ...options.env }
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
      }
    )
  })
}
