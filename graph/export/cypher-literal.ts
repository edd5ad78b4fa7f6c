/**
 * Cypher literals for inlining data into a script. Data is never spliced into Cypher as text: every string becomes a
 * single-quoted literal whose body is printable ASCII without quotes, semicolons or slashes, so no content can close
 * the literal, end the statement for cypher-shell's splitter, or start a comment — and no client charset can garble it.
 */
import type { PropertyValue } from '../graph-document';
import type { PropertyType } from '../schema';

/** Characters written as themselves inside a literal; everything else is escaped. */
const PLAIN = /[A-Za-z0-9 _\-.,:!?#@%&*+=()[\]<>|~^]/;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A single-quoted Cypher string literal for `text` (non-ASCII as \uXXXX UTF-16 code units, as Cypher reads them). */
export function cypherString(text: string): string {
  let body = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (PLAIN.test(ch)) body += ch;
    else body += SHORT_ESCAPES[ch] ?? `\\u${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${body}'`;
}

/**
 * The literal for a property value. The declared type decides int vs float (Cypher stores `9` as an integer and `9.0`
 * as a float); the JavaScript type decides the rest, so even an unvalidated value yields a safe literal.
 */
export function cypherValue(value: PropertyValue | undefined, type: PropertyType): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => cypherString(String(v))).join(', ')}]`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number')
    return type === 'int' && Number.isSafeInteger(value) ? String(value) : cypherFloat(value);
  // Dates are ISO strings (YYYY-MM-DD) everywhere, as the Neo4j store writes them: they sort and compare as dates.
  return cypherString(value);
}

/** A map literal; keys must be plain identifiers (they come from graph/schema.ts, never from data). */
export function cypherMap(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, literal]) => `${identifier(key)}: ${literal}`).join(', ')}}`;
}

export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`cypherMap: "${name}" is not a plain identifier`);
  return name;
}

/** Always with a point or exponent so Cypher reads a float; no `e+`, which Cypher's grammar does not take. */
function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cypherValue: ${value} has no Cypher literal`);
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}
