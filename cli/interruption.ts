/**
 * Ctrl-C (SIGINT) or SIGTERM while a command writes the store: the first asks it to stop at its next safe point —
 * between files, between write transactions, before the analyses are stored — and the command then says what the
 * store holds and exits with 128 + the signal's number (130 for Ctrl-C). A second signal quits at once: every commit
 * is whole, and the stale mark of the analyses (graph-store.ts AnalysisStatus) tells the next run what to redo.
 */
import os from 'os';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof SIGNALS)[number];

/** The abort reason of an interrupted command. */
export class Interrupted extends Error {
  readonly exitCode: number;
  /** What the command left behind, set by the command that stopped (printed by kg.ts). */
  outcome?: string;

  constructor(readonly signalName: StopSignal) {
    super(`interrupted (${signalName})`);
    this.name = 'Interrupted';
    this.exitCode = 128 + os.constants.signals[signalName];
  }
}

export function isInterrupted(error: unknown): error is Interrupted {
  return error instanceof Interrupted;
}

/** Runs `work` with a signal that fires on the first SIGINT/SIGTERM; the handlers are gone when it settles. */
export async function interruptible<T>(
  work: (signal: AbortSignal) => Promise<T>,
  warn: (line: string) => void = (line) => console.error(line),
): Promise<T> {
  const controller = new AbortController();
  const stop = (name: StopSignal) => {
    if (controller.signal.aborted) {
      warn(`kg: ${name} again: quitting now`);
      process.exit(128 + os.constants.signals[name]);
    }
    warn(`kg: ${name}: stopping at the next safe point (send it again to quit at once)`);
    controller.abort(new Interrupted(name));
  };
  for (const name of SIGNALS) process.on(name, stop);
  try {
    return await work(controller.signal);
  } finally {
    for (const name of SIGNALS) process.off(name, stop);
  }
}
