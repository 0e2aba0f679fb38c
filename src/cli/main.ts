/**
 * `parallax`: the same core as the desktop app, headless, for batch work and scripts. This module
 * only dispatches: each command lives in ./commands and is listed in `commands` below, loaded only
 * when it runs (or its help is asked for), so that `parallax --help` loads no core at all.
 */
import { exitCodes, UsageError, type CliIo, type Command } from './command'
import { packageVersion } from './io'
import { terminalIo } from './terminal'

interface CommandEntry {
  name: string
  /** one line for the command list */
  summary: string
  load(): Promise<Command>
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'import',
    summary: 'Read article files or folders and print them as a case (summary, or a JSON bundle with --json)',
    load: () => import('./commands/import').then((m) => m.importCommand)
  },
  {
    name: 'extract',
    summary: 'Suggest the claims of article files or folders (a table, or a JSON bundle with --json)',
    load: () => import('./commands/extract').then((m) => m.extractCommand)
  },
  {
    name: 'compare',
    summary: 'Compare articles (files or bundles): verdicts with their reasons, conflicts first',
    load: () => import('./commands/compare').then((m) => m.compareCommand)
  },
  {
    name: 'report',
    summary: 'Make a claim report (md, html, csv, json, webannotation, claimreview) from article files or bundles',
    load: () => import('./commands/report').then((m) => m.reportCommand)
  },
  {
    name: 'review',
    summary: 'Set the status, rating and published address of claims in a bundle, for batch review',
    load: () => import('./commands/review').then((m) => m.reviewCommand)
  }
]

function findCommand(name: string): Promise<Command> | undefined {
  return commands.find((command) => command.name === name)?.load()
}

export function version(): string {
  return packageVersion()
}

export function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2
  const list = commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')
  return `parallax: Parallax from the command line (the desktop app's core, headless).

Usage:
  parallax <command> [options] [files...]
  parallax help <command>

Commands:
${list}

Files and folders: a folder stands for the article files in it and its subfolders (.txt, .md,
.html; and .json bundles for extract, compare and report), read in name order.

Options:
  -h, --help      Show this help; "parallax help <command>" or "parallax <command> --help"
                  shows a command's own options
  -v, --version   Show the version
  -q, --quiet     No progress line. Progress ("file 3 of 40: name") is drawn on stderr only
                  when stderr is a terminal, never in a pipe or a log; errors are always printed

Exit codes:
  0  success
  1  one or more inputs could not be processed (the others still were)
  2  usage error: unknown command or option, missing argument

Examples:
  parallax import story.html
  parallax import saved-pages/ --json > case.json
  parallax import reuters.txt afp.html --json --case "Al Qaim offensive" > al-qaim.json
  parallax extract reuters.txt --published 2016-08-14
  parallax compare reuters.txt afp.html
  parallax compare al-qaim.json ap.txt --json > al-qaim-compared.json
  parallax report reuters.txt afp.html --suggest --format md -o al-qaim.md
  parallax review al-qaim.json --claim ID --status disputed --rating False -o al-qaim.json
  parallax help import
`
}

function usageHint(command?: string): string {
  return command ? `Try 'parallax help ${command}'.` : `Try 'parallax --help'.`
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) throw new UsageError('no command given')
  if (first === '-h' || first === '--help') {
    io.stdout(mainHelp())
    return exitCodes.ok
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${version()}\n`)
    return exitCodes.ok
  }
  if (first === 'help') {
    const topic = rest[0]
    if (topic === undefined) {
      io.stdout(mainHelp())
      return exitCodes.ok
    }
    const command = await findCommand(topic)
    if (!command) throw new UsageError(`no help for unknown command '${topic}'`)
    io.stdout(command.help)
    return exitCodes.ok
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`)
  const command = await findCommand(first)
  if (!command) throw new UsageError(`unknown command '${first}'`)
  return command.run(rest, io)
}

/** -q/--quiet, taken out of the arguments before the command sees them (never after `--`). */
function takeQuiet(argv: readonly string[]): { args: string[]; quiet: boolean } {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length
  const isQuiet = (a: string, i: number) => i < end && (a === '-q' || a === '--quiet')
  return { args: argv.filter((a, i) => !isQuiet(a, i)), quiet: argv.some(isQuiet) }
}

/**
 * Runs one `parallax` invocation and returns its exit code; never throws. Everything it prints
 * passes through terminalIo: no control character of a page, a bundle or a file name reaches the terminal.
 * Progress is drawn only where `stderrIsTerminal` says a person is watching, and not with --quiet.
 */
export async function main(
  argv: string[],
  rawIo: CliIo,
  options: { stderrIsTerminal?: boolean } = {}
): Promise<number> {
  const { args, quiet } = takeQuiet(argv)
  const io = terminalIo(rawIo, { progress: options.stderrIsTerminal === true && !quiet })
  try {
    return await dispatch(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`parallax: ${error.message}\n${usageHint(error.command)}\n`)
      return exitCodes.usage
    }
    io.stderr(
      `parallax: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    return exitCodes.failed
  }
}
