// The thread that reads web pages for the CLI (see pages.ts) when the CLI runs from its sources
// (the tests call src/cli/main.ts in-process): loads pageWorker.ts through tsx, with the @core/*
// alias of tsconfig.base.json. The built CLI (bin/parallax.mjs) starts out/cli/page-worker.mjs,
// pageWorker.ts bundled by scripts/build-cli.mjs under the same name.
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const tsconfig = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url))
process.env.TSX_TSCONFIG_PATH = tsconfig
await tsImport('./pageWorker.ts', { parentURL: import.meta.url, tsconfig })
