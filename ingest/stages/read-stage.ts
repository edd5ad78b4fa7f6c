/** read: the file → its text in the shared conventions (ingest/read/read-source.ts), or why it cannot be read. */
import { readSource } from '../read/read-source';
import type { StageOutput } from './bulletin-carrier';
import type { Stage } from './stage';

export const readStage: Stage<Promise<StageOutput>> = {
  name: 'read',
  needs: ['file'],
  gives: ['source'],
  async run(carrier, knowledge) {
    const read = await (carrier.reading ?? readSource(carrier.file, knowledge.reading));
    return read.ok ? { source: read.source } : { unread: { code: read.code, reason: read.reason } };
  },
};
