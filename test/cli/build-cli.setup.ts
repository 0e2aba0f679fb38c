/**
 * The CLI tests run bin/parallax.mjs, which runs the built CLI (out/cli): build it from the sources
 * first, so that a test never passes or fails on a build older than the code it checks.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

export default function setup() {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-cli.mjs'), '--quiet'], {
    stdio: 'inherit'
  })
}
