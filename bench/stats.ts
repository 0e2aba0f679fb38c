/** Timing helpers shared by the Node and browser benchmarks: warm-up, repeats, median/min/max. */

export interface Stats {
  /** wall-clock milliseconds */
  median: number
  min: number
  max: number
  runs: number
  /** CPU milliseconds of this process (user + system) per run, median; Node only */
  cpuMedian?: number
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export function summarise(wall: readonly number[], cpu?: readonly number[]): Stats {
  const out: Stats = { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), runs: wall.length }
  if (cpu && cpu.length) out.cpuMedian = median(cpu)
  return out
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` times timed (wall with performance.now, CPU with
 * process.cpuUsage: the machine is shared, so CPU time is the steadier figure). `fn`'s result of the
 * last run is returned with the stats, so the caller can check the work was done.
 */
export function measureSync<T>(
  fn: () => T,
  options: { warmup?: number; runs?: number } = {}
): { stats: Stats; result: T } {
  const warmup = options.warmup ?? 5
  const runs = options.runs ?? 20
  let result = undefined as T
  for (let k = 0; k < warmup; k++) result = fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    result = fn()
    const t1 = performance.now()
    const c = process.cpuUsage(c0)
    wall.push(t1 - t0)
    cpu.push((c.user + c.system) / 1000)
  }
  return { stats: summarise(wall, cpu), result }
}

/** Milliseconds of one cold call (the first in the process), wall and CPU. */
export function measureOnce<T>(fn: () => T): { wall: number; cpu: number; result: T } {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const result = fn()
  const wall = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { wall, cpu: (c.user + c.system) / 1000, result }
}
