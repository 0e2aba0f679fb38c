/**
 * `parallax`: the same core as the desktop app, headless, for batch work and scripts. This module
 * only dispatches: each command lives in ./commands and registers itself in `commands` below.
 */
import { exitCodes, UsageError, type CliIo, type Command } from './command'
import { compareCommand } from './commands/compare'
import { extractCommand } from './commands/extract'
import { importCommand } from './commands/import'
import { reportCommand } from './commands/report'
import { packageVersion } from './io'
import { terminalIo } from './terminal'

export const commands: readonly Command[] = [importCommand, extractCommand, compareCommand, reportCommand]

function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name)
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

Options:
  -h, --help      Show this help; "parallax help <command>" or "parallax <command> --help"
                  shows a command's own options
  -v, --version   Show the version

Exit codes:
  0  success
  1  one or more inputs could not be processed (the others still were)
  2  usage error: unknown command or option, missing argument

Examples:
  parallax import story.html
  parallax import reuters.txt afp.html --json --case "Al Qaim offensive" > al-qaim.json
  parallax extract reuters.txt --published 2016-08-14
  parallax compare reuters.txt afp.html
  parallax compare al-qaim.json ap.txt --json > al-qaim-compared.json
  parallax report reuters.txt afp.html --suggest --format md -o al-qaim.md
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
    const command = findCommand(topic)
    if (!command) throw new UsageError(`no help for unknown command '${topic}'`)
    io.stdout(command.help)
    return exitCodes.ok
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`)
  const command = findCommand(first)
  if (!command) throw new UsageError(`unknown command '${first}'`)
  return command.run(rest, io)
}

/**
 * Runs one `parallax` invocation and returns its exit code; never throws. Everything it prints
 * passes through terminalIo: no control character of a page, a bundle or a file name reaches the terminal.
 */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const io = terminalIo(rawIo)
  try {
    return await dispatch(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`parallax: ${error.message}\n${usageHint(error.command)}\n`)
      return exitCodes.usage
    }
    io.stderr(`parallax: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.failed
  }
}
