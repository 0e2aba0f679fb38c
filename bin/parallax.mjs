#!/usr/bin/env node
// The `parallax` command: runs the CLI built to JavaScript in out/cli (scripts/build-cli.mjs, run
// by `npm install` and `npm run build`), so no TypeScript compiler runs at each call.
//
// Invocation:
//   npx parallax import a.txt      inside this repository (npm 7+ runs a project's own bin)
//   npm run parallax -- import a.txt
//   node /path/to/parallax/bin/parallax.mjs import a.txt   from anywhere
//   npm link, then `parallax import a.txt` anywhere (outside the repository, plain `npx parallax`
//   would look for an unrelated package of that name on the registry)

// `parallax import ... | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const built = new URL('../out/cli/main.mjs', import.meta.url)
let cli
try {
  cli = await import(built.href)
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('out/cli/main.mjs')) throw error
  const root = new URL('..', import.meta.url).pathname
  process.stderr.write(
    `parallax: the command is not built yet (no out/cli/main.mjs in ${root}).\n` +
      `Build it with "npm run build:cli" in that folder ("npm install" and "npm run build" also do).\n`
  )
  process.exit(1)
}
process.exitCode = await cli.main(
  process.argv.slice(2),
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  { stderrIsTerminal: process.stderr.isTTY === true }
)
