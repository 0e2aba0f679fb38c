// Import cycles between the renderer's folders (app, claims, compare, db, export, platform, views):
// madge is not installed and ESLint has no import plugin here, so this reads the import lines
// itself. Prints each folder edge that sits on a cycle, with the files making it; exits 1 if any.
// `node scripts/renderer-cycles.mjs`
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const root = resolve(import.meta.dirname, '..', 'src/renderer/src')
const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]))
const folderOf = (file) => {
  const parts = relative(root, file).split(sep)
  // '../db' names the folder itself
  return parts.length > 1 || (existsSync(file) && statSync(file).isDirectory()) ? parts[0] : '(root)'
}

/** folder → folder → the files importing across */
const edges = new Map()
for (const file of files(root).filter((f) => /\.tsx?$/.test(f))) {
  const text = readFileSync(file, 'utf8')
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), spec)
    if (!target.startsWith(root + sep)) continue
    const [from, to] = [folderOf(file), folderOf(target)]
    if (from === to) continue
    if (!edges.has(from)) edges.set(from, new Map())
    const out = edges.get(from)
    out.set(to, [...(out.get(to) ?? []), `${relative(root, file)} → ${spec}`])
  }
}

const reaches = (from, to, seen = new Set()) => {
  if (from === to) return true
  if (seen.has(from)) return false
  seen.add(from)
  return [...(edges.get(from)?.keys() ?? [])].some((next) => reaches(next, to, seen))
}
let cycles = 0
for (const [from, out] of edges) {
  for (const [to, why] of out) {
    if (!reaches(to, from)) continue
    cycles++
    console.log(`${from} → ${to} (on a cycle):\n  ${why.join('\n  ')}`)
  }
}
console.log(cycles ? `${cycles} folder imports on a cycle` : 'no import cycle between the renderer folders')
process.exit(cycles ? 1 : 0)
