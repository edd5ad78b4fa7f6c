/** Writes a GraphDocument as the JSON export contract of DESIGN.md, atomically (temp file + rename). */
import { promises as fs } from 'fs';
import path from 'path';
import type { GraphDocument } from '../graph-document';

export async function writeJsonExport(document: GraphDocument, file: string): Promise<void> {
  await writeFileAtomically(
    file,
    JSON.stringify({ nodes: document.nodes, relationships: document.relationships }, null, 1),
  );
}

export async function writeFileAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, content, 'utf8');
  await fs.rename(temp, file);
}
