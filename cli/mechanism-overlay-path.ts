/** Where the researchers' lexicon overlay of a data directory is: its path when the file exists, else undefined. */
import { existsSync } from 'fs';
import path from 'path';
import { MECHANISM_OVERLAY_FILE } from '../ingest/link/mechanisms/mechanism-overlay';

export function mechanismOverlayPath(dataDir: string): string | undefined {
  const file = path.join(dataDir, MECHANISM_OVERLAY_FILE);
  return existsSync(file) ? file : undefined;
}
