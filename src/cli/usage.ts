/**
 * How the export, import, seed and migrate commands end on an error: exit code 2 for a
 * command line that cannot work (unknown option, missing argument, bad number), 1 for
 * anything that went wrong while running.
 */

/** The command line cannot work; the message says what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** 2 for a {@link UsageError} or a `node:util` parseArgs error, 1 otherwise. */
export function exitCodeFor(error: unknown): 1 | 2 {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const usage =
    error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
  return usage ? 2 : 1;
}
