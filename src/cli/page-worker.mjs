// The thread that reads web pages for the CLI (see pages.ts): loads pageWorker.ts through tsx, as
// bin/parallax.mjs loads the CLI, with the @core/* alias of tsconfig.base.json.
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const tsconfig = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url))
process.env.TSX_TSCONFIG_PATH = tsconfig
await tsImport('./pageWorker.ts', { parentURL: import.meta.url, tsconfig })
