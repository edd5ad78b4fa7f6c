/** Reads the API contract, server/schema.graphql, whether running from the TypeScript sources or from dist/. */
import { existsSync, readFileSync } from 'fs';
import path from 'path';

const RELATIVE_PATH = path.join('server', 'schema.graphql');

export function schemaSdlPath(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`schemaSdlPath: no ${RELATIVE_PATH} above ${from}`);
  }
}

export function readSchemaSdl(): string {
  return readFileSync(schemaSdlPath(), 'utf8');
}
