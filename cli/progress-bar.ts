/**
 * Progress of the files of an ingest, when there are more than a handful: a cli-progress bar on an interactive
 * terminal; elsewhere (logs, pipes, CI) a line when reading starts and one per tenth of the files.
 */
import { SingleBar, Presets } from 'cli-progress';
import path from 'path';
import type { IngestProgress } from '../ingest/ingest-files';

const HANDFUL = 5;
const LINES = 10;

/** `task` names the work in the bar and the lines (`ingest`, `relink`). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, task = 'ingest'): IngestProgress {
  return stream.isTTY ? progressBar(stream, task) : progressLines(stream, task);
}

function progressBar(stream: NodeJS.WriteStream, task: string): IngestProgress {
  let bar: SingleBar | null = null;
  return {
    start(total) {
      if (total <= HANDFUL) return;
      bar = new SingleBar(
        { format: `${task} [{bar}] {value}/{total} {file}`, stream, hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(total, 0, { file: '' });
    },
    tick(file) {
      bar?.increment({ file: path.basename(file) });
    },
    stop() {
      bar?.stop();
    },
  };
}

function progressLines(stream: NodeJS.WriteStream, task: string): IngestProgress {
  let total = 0;
  let done = 0;
  return {
    start(count) {
      total = count;
      if (total > HANDFUL) stream.write(`${task}: reading and linking ${total} file(s)…\n`);
    },
    tick() {
      done++;
      const step = Math.ceil(total / LINES);
      if (total > HANDFUL && (done % step === 0 || done === total))
        stream.write(`${task}: ${done}/${total} file(s) read and linked\n`);
    },
    stop() {},
  };
}
