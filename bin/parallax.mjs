#!/usr/bin/env node
// The `parallax` command. Runs the TypeScript sources of src/cli through tsx, resolving the @core/*
// alias with tsconfig.base.json, whatever the current directory is. tsImport (not register) because
// this package is CommonJS by default: with a global register, Node 20.19+ would load the .ts files
// through require(esm) and fail.
//
// Invocation:
//   npx parallax import a.txt      inside this repository (npm 7+ runs a project's own bin)
//   npm run parallax -- import a.txt
//   node /path/to/parallax/bin/parallax.mjs import a.txt   from anywhere
//   npm link, then `parallax import a.txt` anywhere (outside the repository, plain `npx parallax`
//   would look for an unrelated package of that name on the registry)
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

// `parallax import ... | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// Both of tsx's loaders must see the alias: the ESM one takes the option, the CommonJS one (which
// loads .ts files of this non-"type: module" package) reads only the environment variable.
const tsconfig = fileURLToPath(new URL('../tsconfig.base.json', import.meta.url))
process.env.TSX_TSCONFIG_PATH = tsconfig
const { main } = await tsImport('../src/cli/main.ts', { parentURL: import.meta.url, tsconfig })
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
})
