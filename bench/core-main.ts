/**
 * The Node benchmarks as a program: bench/run.ts builds this file with Vite (the app's bundler and
 * transform, as the comparison worker ships) and runs it in a child process, which prints the
 * results as JSON on stdout and its progress on stderr.
 */
import { runCore } from './core'

const seed = Number(process.argv[2])
runCore(seed, (s) => process.stderr.write(`  … ${s}\n`)).then(
  (r) => process.stdout.write(JSON.stringify(r)),
  (error: unknown) => {
    process.stderr.write(`bench (core) failed: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  }
)
