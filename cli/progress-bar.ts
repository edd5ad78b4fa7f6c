/** A cli-progress bar on an interactive terminal when there are more than a handful of files; silent otherwise. */
import { SingleBar, Presets } from 'cli-progress';
import path from 'path';
import type { IngestProgress } from '../ingest/ingest-files';

const HANDFUL = 5;

/** `task` names the work in the bar (`ingest`, `relink`). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, task = 'ingest'): IngestProgress {
  let bar: SingleBar | null = null;
  return {
    start(total) {
      if (!stream.isTTY || total <= HANDFUL) return;
      bar = new SingleBar({ format: `${task} [{bar}] {value}/{total} {file}`, stream, hideCursor: true }, Presets.shades_classic);
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
