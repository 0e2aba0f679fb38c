/**
 * The first suggestion in a fresh process, as a program of its own (bench/run.ts runs it several
 * times): the inputs are generated first, then core's suggestion module is loaded (timed: its
 * tables and patterns are built at load) and called once (timed: V8 compiles each pattern and
 * function on its first use, and any lazily loaded data, such as an ICU calendar, comes then).
 * Prints { load, first } as JSON, wall and CPU milliseconds each.
 */
import { PUBLISHED, fixtureParagraphs, generateWords } from './inputs'

const seed = Number(process.argv[2])
const text = generateWords(fixtureParagraphs(), seed, 10_000)

function cpuMs(c: NodeJS.CpuUsage): number {
  return (c.user + c.system) / 1000
}

async function main() {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const { suggestClaims } = await import('@core/extract')
  const t1 = performance.now()
  const c1 = process.cpuUsage()
  const claims = suggestClaims({ text, publishedAt: PUBLISHED })
  const t2 = performance.now()
  const c2 = process.cpuUsage()
  process.stdout.write(
    JSON.stringify({
      load: { wall: t1 - t0, cpu: cpuMs(c1) - cpuMs(c0) },
      first: { wall: t2 - t1, cpu: cpuMs(c2) - cpuMs(c1) },
      claims: claims.length
    })
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`bench (cold) failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
