/**
 * `kg start` (what `npm start` runs): ingests the bundled sample bulletins when the store is empty, recomputes the
 * analyses when an earlier run left them stale, then serves (`kg serve`). `--no-serve` stops before serving (a
 * container's init step, scripts and tests).
 */
import path from 'path';
import { openStore } from '../open-store';
import { packageRoot } from '../package-root';
import { analyseCommand } from './analyse-command';
import { ingestCommand } from './ingest-command';
import { serveCommand, type ServeOptions } from './serve-command';

export const SAMPLES_DIR = path.join(packageRoot(), 'data', 'samples');

export interface StartOptions extends ServeOptions {
  /** commander's `--no-serve`. */
  serve?: boolean;
}

export async function startCommand(options: StartOptions): Promise<number> {
  const { serve, port, host, ...storeOptions } = options;
  const store = await openStore({ ...storeOptions, readOnly: true });
  const stats = await store.stats();
  const analyses = await store.analysisStatus();
  await store.close();
  if (stats.bulletins === 0) {
    console.log(`the ${store.kind} store is empty: ingesting the sample bulletins from ${SAMPLES_DIR}`);
    const code = await ingestCommand([SAMPLES_DIR], storeOptions);
    if (code !== 0) return code;
  } else {
    console.log(`the ${store.kind} store holds ${stats.bulletins} bulletin(s) and ${stats.practices} practice(s)`);
    if (analyses.stale) {
      const code = await analyseCommand(storeOptions);
      if (code !== 0) return code;
    }
  }
  if (serve === false) return 0;
  return serveCommand({
    ...storeOptions,
    ...(port === undefined ? {} : { port }),
    ...(host === undefined ? {} : { host }),
  });
}
