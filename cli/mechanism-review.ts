/**
 * The rows of `kg mechanisms`: stored mechanisms with their practices, how they were found (`via`), curated or
 * discovered, and one evidence sentence — read page by page through the store port — as an aligned table for the
 * terminal or CSV (RFC 4180, CRLF) for a spreadsheet.
 */
import { csvCell } from '../graph/export/csv-cell';
import { READ_CAPS, type GraphStore } from '../graph/store/graph-store';

export interface MechanismReviewRow {
  name: string;
  practices: number;
  localities: number;
  status: 'curated' | 'discovered';
  category: string | null;
  /** Rules with their practices, e.g. "overlay 3; quoted 1". */
  via: string;
  aliases: string[];
  evidence: string;
}

export interface ReviewQuery {
  discovered: boolean;
  minCount: number;
}

export async function reviewMechanisms(store: GraphStore, query: ReviewQuery): Promise<MechanismReviewRow[]> {
  const rows: MechanismReviewRow[] = [];
  for (let offset = 0; ; offset += READ_CAPS.pageSize) {
    const page = await store.mechanisms({
      offset,
      limit: READ_CAPS.pageSize,
      ...(query.discovered ? { curated: false } : {}),
    });
    // Pages come most used first: once a page drops below the minimum, no later one reaches it.
    const kept = page.items.filter((item) => item.practices >= query.minCount);
    const usage = new Map(
      (await store.mechanismUsage(kept.map((item) => String(item.mechanism.properties.name)))).map((u) => [u.name, u]),
    );
    for (const { mechanism, practices, localities } of kept) {
      const name = String(mechanism.properties.name);
      const use = usage.get(name);
      const aliases = mechanism.properties.aliases;
      rows.push({
        name,
        practices,
        localities,
        status: mechanism.properties.curated === true ? 'curated' : 'discovered',
        category: typeof mechanism.properties.category === 'string' ? mechanism.properties.category : null,
        via: (use?.via ?? []).map((v) => `${v.via} ${v.practices}`).join('; '),
        aliases: Array.isArray(aliases) ? aliases : [],
        evidence: use?.evidence?.sentence ?? '',
      });
    }
    if (kept.length < page.items.length || offset + page.items.length >= page.total || page.items.length === 0)
      return rows;
  }
}

const CSV_HEADER = ['name', 'practices', 'localities', 'status', 'category', 'via', 'aliases', 'evidence'];

export function reviewCsv(rows: readonly MechanismReviewRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [r.name, r.practices, r.localities, r.status, r.category, r.via, r.aliases.join(';'), r.evidence]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Evidence in the table is cut to this many characters (CSV keeps it whole). */
const EVIDENCE_CHARS = 48;

export function reviewTable(rows: readonly MechanismReviewRow[]): string {
  const header = ['mechanism', 'practices', 'status', 'via', 'evidence'];
  const cells = rows.map((r) => [
    r.name,
    String(r.practices),
    r.category ? `${r.status} (${r.category})` : r.status,
    r.via,
    r.evidence.length > EVIDENCE_CHARS ? `${r.evidence.slice(0, EVIDENCE_CHARS)}…` : r.evidence,
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i] as string))));
  const line = (c: string[]) =>
    c
      .map((cell, i) => (i === c.length - 1 ? cell : pad(cell, widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

/** Terminal columns: CJK characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
