// The jsdiff peer, run in a child process so the parent can stop it at its time limit.
// Reads {a, b} as JSON on stdin; prints {wallMs, cpuMs, parts} as JSON when done.
import { diffWords } from 'diff'

let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (d) => (input += d))
process.stdin.on('end', () => {
  const { a, b } = JSON.parse(input)
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const parts = diffWords(a, b)
  const wallMs = performance.now() - t0
  const c = process.cpuUsage(c0)
  process.stdout.write(JSON.stringify({ wallMs, cpuMs: (c.user + c.system) / 1000, parts: parts.length }))
})
