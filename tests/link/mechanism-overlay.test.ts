/**
 * The researchers' lexicon overlay (mechanism-overlay.json): loading and validation, the pure merge with the shipped
 * lexicon (promote, reject, merge, rename), and createKnowledge with an overlay, which wins over the shipped lexicon.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findMechanisms } from '../../ingest/link/mechanisms/find-mechanisms';
import { loadMechanismLexicon, MechanismLexiconError } from '../../ingest/link/mechanisms/mechanism-lexicon';
import {
  loadMechanismOverlay,
  parseMechanismOverlay,
  type MechanismOverlay,
} from '../../ingest/link/mechanisms/mechanism-overlay';
import { mergeMechanismOverlay } from '../../ingest/link/mechanisms/merge-mechanism-overlay';
import { withMechanismOverlay } from '../../ingest/link/mechanisms/with-mechanism-overlay';
import { createKnowledge } from '../../ingest/knowledge/create-knowledge';
import { ingestSource } from '../../ingest/pipeline';

const shipped = loadMechanismLexicon();
const dir = mkdtempSync(join(tmpdir(), 'overlay-'));
const write = (content: unknown): string => {
  const file = join(dir, `overlay-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const overlay = (over: Partial<MechanismOverlay>): MechanismOverlay => ({
  source: 'test-overlay.json',
  version: 1,
  promote: [],
  reject: [],
  merge: [],
  rename: [],
  ...over,
});
const linked = (text: string, o: MechanismOverlay): [string, boolean, string | null][] =>
  findMechanisms({ text, lexicon: withMechanismOverlay(shipped, o) }).map((m) => [m.name, m.curated, m.category]);
const errorOf = (f: () => unknown): MechanismLexiconError => {
  try {
    f();
  } catch (e) {
    return e as MechanismLexiconError;
  }
  throw new Error('expected a validation error');
};

describe('loadMechanismOverlay', () => {
  test('reads a valid file', () => {
    const file = write({
      version: 1,
      promote: [{ name: '合事点', category: 'consultation', aliases: ['合事点党建工程'] }],
      reject: ['一票否决'],
    });
    const o = loadMechanismOverlay(file);
    expect(o).toMatchObject({ source: file, version: 1, reject: ['一票否决'], merge: [], rename: [] });
    expect(o.promote).toEqual([
      { name: '合事点', category: 'consultation', aliases: ['合事点党建工程'], description: null },
    ]);
  });

  test.each([
    ['not JSON', '{', null],
    ['another version', { version: 2 }, null],
    ['no version', { promote: [] }, null],
    ['a promotion without category', { version: 1, promote: [{ name: '合事点' }] }, 'promote[0]'],
    ['a merge without target', { version: 1, merge: [{ alias: '红管家' }] }, 'merge[0]'],
    ['a reject list of numbers', { version: 1, reject: [1] }, null],
  ])('rejects %s with InvalidInput naming the file and field', (_why, content, entry) => {
    const file = write(content);
    const err = errorOf(() => loadMechanismOverlay(file));
    expect(err).toBeInstanceOf(MechanismLexiconError);
    expect(err.code).toBe('InvalidInput');
    expect(err.file).toBe(file);
    expect(err.entry).toBe(entry);
  });

  test('rejects a missing file', () => {
    expect(errorOf(() => loadMechanismOverlay(join(dir, 'absent.json'))).code).toBe('InvalidInput');
  });
});

describe('mergeMechanismOverlay is pure and the overlay wins', () => {
  test('the shipped lexicon is not changed', () => {
    const before = JSON.stringify(shipped.entries);
    mergeMechanismOverlay(shipped, overlay({ reject: ['双报到'], rename: [{ from: '信用村', to: '信用村建设' }] }));
    expect(JSON.stringify(shipped.entries)).toBe(before);
  });

  test('promote: a discovered name becomes curated, with its category and aliases', () => {
    const text = '实施“合事点”党建工程，建成“说事亭”。';
    expect(linked(text, overlay({}))).toEqual([
      ['合事点', false, null],
      ['说事亭', false, null],
    ]);
    const o = overlay({
      promote: [
        { name: '合事点', category: 'consultation', aliases: ['说事亭'], description: '村民说事议事的固定点位' },
      ],
    });
    expect(linked(text, o)).toEqual([
      ['合事点', true, 'consultation'],
      ['合事点', true, 'consultation'],
    ]);
  });

  test('promote with an unknown category names the overlay and the entry', () => {
    const err = errorOf(() =>
      mergeMechanismOverlay(
        shipped,
        overlay({ promote: [{ name: 'X', category: 'nope', aliases: [], description: null }] }),
      ),
    );
    expect(err).toMatchObject({ code: 'InvalidInput', file: 'test-overlay.json', entry: 'promote[0]' });
  });

  test('reject: a curated or a discovered name is never linked', () => {
    expect(linked('推行“一票否决”，做实党员“双报到”。', overlay({ reject: ['一票否决', '双报到'] }))).toEqual([]);
  });

  test('merge: an alias joins a curated mechanism; a discovered name joins another discovered one', () => {
    expect(linked('推行“红管家”制度。', overlay({ merge: [{ alias: '红管家', into: '红色物业' }] }))).toEqual([
      ['红色物业', true, 'property'],
    ]);
    expect(linked('依托“荷塘夜话”议事。', overlay({ merge: [{ alias: '荷塘夜话', into: '夜话议事' }] }))).toEqual([
      ['夜话议事', false, null],
    ]);
    expect(linked('推行“双报到”与“三治融合”。', overlay({ merge: [{ alias: '双报到', into: '三治融合' }] }))).toEqual([
      ['三治融合', true, 'rule_of_law'],
      ['三治融合', true, 'rule_of_law'],
    ]);
  });

  test('rename: the new name is linked, the old one still found in text', () => {
    expect(linked('做实党员“双报到”。', overlay({ rename: [{ from: '双报到', to: '在职党员进社区' }] }))).toEqual([
      ['在职党员进社区', true, 'party_building'],
    ]);
    expect(linked('依托“荷塘夜话”议事。', overlay({ rename: [{ from: '荷塘夜话', to: '荷塘夜话议事' }] }))).toEqual([
      ['荷塘夜话议事', false, null],
    ]);
  });

  test('parseMechanismOverlay reads the same shape from parsed JSON', () => {
    expect(parseMechanismOverlay({ version: 1, rename: [{ from: 'a', to: 'b' }] }, 'mem.json').rename).toEqual([
      { from: 'a', to: 'b' },
    ]);
  });
});

test('createKnowledge loads the overlay once and ingest links with it', () => {
  const file = write({ version: 1, promote: [{ name: '屋场夜话', category: 'consultation' }], reject: ['四张网'] });
  const knowledge = createKnowledge({ mechanismOverlay: file });
  const text = '△银坑镇：屋场夜话聚民心。银坑镇推行屋场夜话，织密“四张网”。（银坑镇党委）';
  const doc = ingestSource(
    { file: 'o.txt', text, format: 'txt', encoding: 'utf-8', traditional: false, bytes: text.length },
    knowledge,
  ).document;
  const mechanisms = doc.nodes
    .filter((n) => n.labels.includes('Mechanism'))
    .map((n) => [n.properties.name, n.properties.curated]);
  expect(mechanisms).toEqual([['屋场夜话', true]]);
  expect(() => createKnowledge({ mechanismOverlay: write({ version: 9 }) })).toThrow(MechanismLexiconError);
});
