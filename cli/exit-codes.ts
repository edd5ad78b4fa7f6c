/**
 * The exit codes of every `kg` command (README "Command line"): scripts and CI read them. Results go to stdout;
 * warnings, errors and progress to stderr.
 */
export const EXIT = {
  /** Everything asked for was done. */
  ok: 0,
  /** The command ran, but some input could not be used (a file that could not be read or ingested); the rest was. */
  inputFailed: 1,
  /** Nothing was done: a usage error (unknown option, missing argument), bad settings, input that cannot be used at
   *  all (an invalid export file), or a store that is unavailable, locked or corrupt. Unexpected errors too. */
  failed: 2,
  /** Stopped by Ctrl-C (SIGINT) at a safe point; SIGTERM gives 143 (128 + the signal's number, cli/interruption.ts). */
  interrupted: 130,
} as const;
