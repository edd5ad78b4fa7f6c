/** Expands the command line's files and folders (recursively) into the sorted list of files to ingest. */
import { promises as fs } from 'fs';
import path from 'path';
import { isSupportedFile } from './read-source';

export interface CollectedFiles {
  files: string[];
  /** Paths that do not exist or cannot be listed, with the reason. */
  missing: { file: string; reason: string }[];
}

export async function collectFiles(inputs: string[]): Promise<CollectedFiles> {
  const files = new Set<string>();
  const missing: CollectedFiles['missing'] = [];
  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) {
        for (const file of await walk(input)) files.add(file);
      } else {
        // A file named explicitly is read even with an unknown extension, so its rejection is reported.
        files.add(input);
      }
    } catch (error) {
      missing.push({ file: input, reason: `cannot open: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    }
  }
  return { files: [...files].sort(), missing };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && isSupportedFile(full)) out.push(full);
  }
  return out;
}
