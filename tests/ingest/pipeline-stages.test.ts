/**
 * The pipeline as data (ingest/pipeline.ts): the stages in order, each with what it needs and gives; an order that
 * leaves a need unmet is refused before anything runs; a stage can be timed, added or left out without touching the
 * others; messages name their stage and span the text they concern.
 */
import path from 'path';
import { ingestOneFile } from '../../ingest/ingest-one-file';
import { bulletinResult, PIPELINE, TEXT_STAGES } from '../../ingest/pipeline';
import type { SourceText } from '../../ingest/read/read-source';
import { runStages } from '../../ingest/stages/run-stages';
import type { Stage } from '../../ingest/stages/stage';
import { structureStage } from '../../ingest/stages/structure-stage';
import { SAMPLE_FILES, SAMPLES_DIR, ingestText, sharedKnowledge } from '../helpers/sample-bulletins';

const sample = path.join(SAMPLES_DIR, SAMPLE_FILES.anqing37);

function source(text: string, file = 'plain.txt'): SourceText {
  return { file, text, format: 'txt', encoding: 'utf-8', traditional: false, bytes: text.length };
}

test('the pipeline reads first, and every stage needs only what an earlier one gives', () => {
  expect(PIPELINE.map((s) => s.name)).toEqual(['read', 'clean', 'structure', 'link', 'build', 'segment']);
  const given = new Set<string>(['file']);
  for (const stage of PIPELINE) {
    for (const need of stage.needs) expect([stage.name, given.has(need)]).toEqual([stage.name, true]);
    for (const field of stage.gives) given.add(field);
  }
});

test('a timing hook sees each stage once, in order, and changes nothing of the outcome', async () => {
  const knowledge = sharedKnowledge();
  const timed: [string, number][] = [];
  const withTimings = await ingestOneFile({ file: sample, knowledge, onStage: (stage, ms) => timed.push([stage, ms]) });
  expect(timed.map(([stage]) => stage)).toEqual(PIPELINE.map((s) => s.name));
  expect(timed.every(([, ms]) => ms >= 0)).toBe(true);
  const plain = await ingestOneFile({ file: sample, knowledge });
  expect(withTimings).toEqual(plain);
  expect(plain.ok && plain.practices).toBe(3);
});

test('leaving out a stage others need is refused, naming both, before any stage runs', () => {
  const ran: string[] = [];
  const stages = TEXT_STAGES.filter((s) => s !== structureStage).map((s): Stage => ({
    ...s,
    run: (c, k) => (ran.push(s.name), s.run(c, k)),
  }));
  const carrier = { file: 'plain.txt', source: source('今年以来，某县推行网格化管理。'), messages: [] };
  expect(() => runStages({ carrier, stages, knowledge: sharedKnowledge() })).toThrow(
    'ingest stage link needs structure, which no earlier stage gives',
  );
  expect(ran).toEqual([]);
});

test('an added stage reads what earlier stages gave and reports through the same messages', () => {
  const text = '组工信息\n第5期\n\n△临潭县推行“四张网”工作法。今年以来，全县共化解矛盾纠纷128起。\n';
  const practicesWithoutFigures: Stage = {
    name: 'checkFigures',
    needs: ['linked'],
    gives: [],
    run: (carrier) => ({
      messages: (carrier.linked?.practices ?? [])
        .filter((p) => p.figures.length < 2)
        .map((p) => ({
          level: 'warning' as const,
          stage: 'checkFigures',
          file: carrier.file,
          message: 'fewer than two figures',
          start: p.item.offset,
          end: p.item.offset + p.item.text.length,
        })),
    }),
  };
  const stages = [...TEXT_STAGES.slice(0, 3), practicesWithoutFigures, ...TEXT_STAGES.slice(3)];
  const carrier = runStages({
    carrier: { file: 'added.txt', source: source(text, 'added.txt'), messages: [] },
    stages,
    knowledge: sharedKnowledge(),
  });
  const result = bulletinResult(carrier);
  const added = result.messages.filter((m) => m.stage === 'checkFigures');
  expect(added).toHaveLength(1);
  expect(result.clean.text.slice(added[0]!.start, added[0]!.end)).toBe(result.structure.items[0]!.text);
  // The stages after it ran as without it.
  expect(result.document).toEqual(ingestText(text, 'added.txt').document);
});

test('messages name their stage and span the item they concern, or the whole text for the document', () => {
  const text = '今年以来，某县推行网格化管理，共化解矛盾纠纷12起。\n\n另外，社区开展了党员志愿服务活动30余次。\n';
  const result = ingestText(text, 'plain.txt');
  const byStage = (stage: string) => result.messages.filter((m) => m.stage === stage);
  expect(byStage('structure')).toEqual([
    expect.objectContaining({ level: 'warning', file: 'plain.txt', start: 0, end: result.clean.text.length }),
  ]);
  const unlocated = byStage('linkLocalities');
  expect(unlocated).toHaveLength(2);
  expect(unlocated.map((m) => result.clean.text.slice(m.start, m.end))).toEqual(
    result.structure.items.map((item) => item.text),
  );
});

test('a file that cannot be read stops after the read stage, with its reason', async () => {
  const stages: string[] = [];
  const outcome = await ingestOneFile({
    file: path.join(SAMPLES_DIR, 'missing.txt'),
    knowledge: sharedKnowledge(),
    onStage: (stage) => stages.push(stage),
  });
  expect(outcome).toMatchObject({ ok: false, code: 'CANNOT_READ' });
  expect(stages).toEqual(['read']);
});
