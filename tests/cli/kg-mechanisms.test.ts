/**
 * `kg mechanisms`: the stored mechanisms for review (table, CSV), and the curation commands that write the data
 * directory's lexicon overlay — on the real sample bulletins in a real SQLite file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { MECHANISM_OVERLAY_FILE } from '../../ingest/link/mechanisms/mechanism-overlay';
import { runKg, tempDataDir } from '../helpers/run-kg';

interface ExportJson {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const dataDir = tempDataDir();
const kg = (...args: string[]) => runKg([...args, '--data-dir', dataDir]);
let graph: ExportJson;

beforeAll(() => {
  expect(kg('ingest', 'data/samples').status).toBe(0);
  const out = path.join(dataDir, 'graph.json');
  expect(kg('export', '--format', 'json', '--out', out).status).toBe(0);
  graph = JSON.parse(readFileSync(out, 'utf8')) as ExportJson;
});

describe('kg mechanisms lists what is stored', () => {
  test("CSV: every used mechanism with its practices, status, rules and the first practice's evidence", () => {
    const run = kg('mechanisms', '--format', 'csv');
    expect(run.status).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual(['name', 'practices', 'localities', 'status', 'category', 'via', 'aliases', 'evidence']);
    const uses = graph.relationships.filter((r) => r.type === 'USES');
    const used = new Set(uses.map((r) => r.end));
    expect(rows).toHaveLength(used.size);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const byName = new Map(rows.map((r) => [r[0]!, r]));
    for (const name of ['双报到', '吹哨报到', '365民情直通车']) {
      const row = byName.get(name)!;
      const mine = uses.filter((u) => u.end === `mechanism:${name}`).sort((a, b) => (a.start < b.start ? -1 : 1));
      expect(Number(row[1])).toBe(mine.length);
      const node = graph.nodes.find((n) => n.id === `mechanism:${name}`)!;
      expect(row[3]).toBe(node.properties.curated ? 'curated' : 'discovered');
      expect(row[7]).toBe(mine[0]!.properties.evidence);
      const vias = row[5]!.split('; ').map((v) => v.split(' ')[0]);
      expect(new Set(vias)).toEqual(new Set(mine.map((u) => String(u.properties.via))));
    }
    expect(byName.get('吹哨报到')![5]).toMatch(/^(lexicon|pattern) 1; (lexicon|pattern) 1$/);
    // Most used first.
    const counts = rows.map((r) => Number(r[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('--discovered keeps the discovered ones, --min-count the ones used often enough; the table is aligned text', () => {
    const discovered = parseCsv(kg('mechanisms', '--discovered', '--format', 'csv').stdout).slice(1);
    expect(discovered.length).toBeGreaterThan(10);
    expect(discovered.every((r) => r[3] === 'discovered')).toBe(true);
    const often = parseCsv(kg('mechanisms', '--min-count', '3', '--format', 'csv').stdout).slice(1);
    expect(often.map((r) => r[0])).toContain('双报到');
    expect(often.every((r) => Number(r[1]) >= 3)).toBe(true);
    const table = kg('mechanisms', '--min-count', '3');
    expect(table.status).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^mechanism\s+practices\s+status\s+via\s+evidence$/);
    expect(lines).toHaveLength(often.length + 1);
    expect(lines.find((l) => l.startsWith('双报到'))).toMatch(/curated \(party_building\)\s+lexicon 5/);
    expect(kg('mechanisms', '--min-count', 'many').status).toBe(2);
    expect(kg('mechanisms', '--format', 'xml').status).toBe(2);
  });
});

describe('kg mechanisms promote|reject|merge|rename write the overlay', () => {
  const overlayFile = path.join(dataDir, MECHANISM_OVERLAY_FILE);
  const overlay = () => JSON.parse(readFileSync(overlayFile, 'utf8')) as Record<string, unknown>;

  test("each decision lands in the overlay, which keeps its version and the researcher's own fields", () => {
    writeFileSync(overlayFile, JSON.stringify({ version: 1, note: '课题组 2024 年审定', reject: ['一票否决'] }));
    const promote = kg('mechanisms', 'promote', '365民情直通车', '--category', 'service', '--alias', '民情直通车');
    expect(promote.status).toBe(0);
    expect(promote.stdout).toContain('promoted 365民情直通车');
    expect(promote.stderr).toContain('kg relink');
    expect(kg('mechanisms', 'reject', '一改两为').status).toBe(0);
    expect(kg('mechanisms', 'merge', '1+N模式', '--into', '1+N导师帮带模式').status).toBe(0);
    expect(kg('mechanisms', 'rename', '313工作法', '--to', '三一三工作法').status).toBe(0);
    expect(overlay()).toEqual({
      version: 1,
      note: '课题组 2024 年审定',
      reject: ['一票否决', '一改两为'],
      promote: [{ name: '365民情直通车', category: 'service', aliases: ['民情直通车'] }],
      merge: [{ alias: '1+N模式', into: '1+N导师帮带模式' }],
      rename: [{ from: '313工作法', to: '三一三工作法' }],
    });
    // A later decision replaces the one it contradicts.
    expect(kg('mechanisms', 'promote', '一改两为', '--category', 'party_building').status).toBe(0);
    expect(overlay()['reject']).toEqual(['一票否决']);
    expect(kg('mechanisms', 'reject', '一改两为').status).toBe(0);
    expect((overlay()['promote'] as { name: string }[]).map((p) => p.name)).toEqual(['365民情直通车']);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('unknown names, a missing or unknown category and an empty new name are refused; the overlay stays as it was', () => {
    const before = existsSync(overlayFile) ? readFileSync(overlayFile, 'utf8') : null;
    for (const args of [
      ['reject', '从未出现的机制'],
      ['merge', '从未出现的机制', '--into', '双报到'],
      ['merge', '双报到', '--into', '从未出现的机制'],
      ['rename', '从未出现的机制', '--to', '新名'],
      ['rename', '双报到', '--to', ' '],
      ['promote', '54321治理体系'],
      ['promote', '54321治理体系', '--category', 'no_such_category'],
    ]) {
      const run = kg('mechanisms', ...args);
      expect([args, run.status]).toEqual([args, 2]);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(overlayFile) ? readFileSync(overlayFile, 'utf8') : null).toBe(before);
    expect(kg('mechanisms', 'merge', '双报到').status).toBe(2);
  });
});
