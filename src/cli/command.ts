/** What every `parallax` command shares: its shape, its output streams, its exit codes. */
import { parseArgs, type ParseArgsConfig } from 'node:util'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /**
   * Shows one line of progress in place of the previous one ('' clears it). Present only when
   * stderr is a terminal and --quiet was not given: pipes and logs get none.
   */
  progress?(line: string): void
}

export const exitCodes = {
  ok: 0,
  /** one or more inputs failed; the others were still processed and printed */
  failed: 1,
  /** unknown command or option, missing argument */
  usage: 2
} as const

export interface Command {
  name: string
  /** the full text of `parallax help <name>` */
  help: string
  run(args: string[], io: CliIo): Promise<number>
}

/** A mistake in how the command was called: reported with a hint to --help, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string
  ) {
    super(message)
  }
}

/** Node's parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for bad flags: those are usage errors. */
export function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_')
}

/**
 * A command's arguments, parsed strictly with positionals allowed; a bad flag becomes a UsageError
 * naming the command, so every command reports it the same way.
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: O
) {
  try {
    return parseArgs({ args, options, allowPositionals: true as const, strict: true as const })
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message, command)
    throw error
  }
}
