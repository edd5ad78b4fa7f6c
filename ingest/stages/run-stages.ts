/** Runs stages in order over one carrier: checks the order first, then merges what each gives. */
import { performance } from 'perf_hooks';
import type { IngestKnowledge } from '../knowledge/create-knowledge';
import type { BulletinCarrier, CarrierField, StageOutput } from './bulletin-carrier';
import type { Stage, StageTimer } from './stage';

export interface StageRun {
  carrier: BulletinCarrier;
  stages: readonly Stage[];
  knowledge: IngestKnowledge;
  onStage?: StageTimer;
}

/** The carrier after `stages` (a new object; the given one is not changed). Stops early when a stage leaves the file unread. */
export function runStages({ carrier, stages, knowledge, onStage }: StageRun): BulletinCarrier {
  if (carrier.unread) return carrier;
  checkOrder(carrier, stages);
  let current = carrier;
  for (const stage of stages) {
    if (current.unread) break;
    const started = onStage ? performance.now() : 0;
    current = withOutput(current, stage.run(current, knowledge));
    onStage?.(stage.name, performance.now() - started);
  }
  return current;
}

/** The carrier with a stage's fields added and its messages appended. */
export function withOutput(carrier: BulletinCarrier, output: StageOutput): BulletinCarrier {
  const { messages = [], ...fields } = output;
  return {
    ...carrier,
    ...fields,
    messages: messages.length === 0 ? carrier.messages : [...carrier.messages, ...messages],
  };
}

/** Every stage's needs are given by the carrier as it starts or by a stage before it. */
export function checkOrder(carrier: BulletinCarrier, stages: readonly Pick<Stage, 'name' | 'needs' | 'gives'>[]): void {
  const given = new Set<CarrierField>(
    (Object.keys(carrier) as (keyof BulletinCarrier)[]).filter(
      (k): k is CarrierField => k !== 'messages' && k !== 'reading',
    ),
  );
  for (const stage of stages) {
    const missing = stage.needs.filter((field) => !given.has(field));
    if (missing.length > 0)
      throw new Error(`ingest stage ${stage.name} needs ${missing.join(', ')}, which no earlier stage gives`);
    for (const field of stage.gives) given.add(field);
  }
}
