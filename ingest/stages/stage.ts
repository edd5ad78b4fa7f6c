/**
 * One step of the pipeline, with the signature every step shares: the carrier so far and the knowledge in, the
 * fields it gives and its messages out. `needs` and `gives` say what it reads and what it adds, so the runner checks
 * an order before running it. Only `read` answers with a promise (file I/O, format readers); the stages over text
 * answer at once, so a text is ingested without waiting (tests, `ingestSource`).
 */
import type { IngestKnowledge } from '../knowledge/create-knowledge';
import type { BulletinCarrier, CarrierField, StageOutput } from './bulletin-carrier';

export interface Stage<Output extends StageOutput | Promise<StageOutput> = StageOutput> {
  name: string;
  needs: readonly CarrierField[];
  gives: readonly CarrierField[];
  run(carrier: Readonly<BulletinCarrier>, knowledge: IngestKnowledge): Output;
}

/** Called after each stage with the time it took, when the caller wants timings (`ingestOneFile`'s `onStage`). */
export type StageTimer = (stage: string, milliseconds: number) => void;
