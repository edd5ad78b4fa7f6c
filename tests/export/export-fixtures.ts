/**
 * Test-side readers for the export formats, written from the format specifications rather than from the exporters
 * (so a shared misunderstanding cannot pass), a hostile fixture document, and the optional Cypher language support.
 */
import type { GraphDocument } from '../../graph/graph-document';

/** Quotes, backslashes, CR/LF, a Cypher injection attempt, markup, CJK, an astral emoji, a C0 control, U+2028. */
export const TRICKY = `it's "quoted", back\\slash\\n and a\nnew line\r\n'}) DETACH DELETE n // 中文 😀 ; /* c */ <tag> & &amp; &#10; \t\u0001\u2028 $param \`x\``;

/** A Mechanism and a Practice whose ids, names, list elements and evidence are all hostile. */
export function trickyDocument(): GraphDocument {
  const mechanism = `mechanism:${TRICKY}`;
  const practice = "practice:x'}) MATCH (m) DETACH DELETE m //";
  return {
    nodes: [
      {
        id: mechanism,
        labels: ['Mechanism'],
        properties: { name: TRICKY, aliases: ['a;b', 'c,"d"'], category: '', curated: true, description: null },
      },
      {
        id: practice,
        labels: ['Practice'],
        properties: { title: TRICKY, text: TRICKY, ordinal: 1, date: '2024-02-29', subMeasures: [] },
      },
    ],
    relationships: [
      {
        id: 'USES:1',
        type: 'USES',
        start: practice,
        end: mechanism,
        properties: { evidence: TRICKY, start: 0, end: 3, via: 'lexicon' },
      },
    ],
  };
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and newlines; rows end with LF or CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The value of a Cypher string literal token, per the Cypher manual's escape table. */
export function decodeCypherString(token: string): string {
  const quote = token[0];
  if ((quote !== "'" && quote !== '"') || token[token.length - 1] !== quote)
    throw new Error(`not a string literal: ${token}`);
  const escapes: Record<string, string> = {
    t: '\t',
    b: '\b',
    n: '\n',
    r: '\r',
    f: '\f',
    "'": "'",
    '"': '"',
    '\\': '\\',
  };
  const body = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch === quote) throw new Error(`unescaped quote inside literal at ${i}: ${token}`);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i] ?? '';
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === 'U') {
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16));
      i += 8;
    } else if (next in escapes) out += escapes[next];
    else throw new Error(`unknown escape \\${next} in ${token}`);
  }
  return out;
}

export interface LanguageSupport {
  lintCypherQuery(query: string, dbSchema: object): { diagnostics: unknown[] };
  parseStatementsStrs(query: string): string[];
  highlightSyntax(query: string): { tokenType: string; token: string }[];
}

/** Neo4j's Cypher parser and semantic analyser, when the dev dependency is installed. */
export function loadLanguageSupport(): LanguageSupport | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@neo4j-cypher/language-support') as LanguageSupport;
  } catch {
    return undefined;
  }
}
