/**
 * The shape of every Cypher statement the Neo4j adapter sends: fixed text plus the names of its parameters, so the
 * compiler checks that callers pass exactly those parameters and the offline tests can lint each statement.
 */
import type { Integer } from 'neo4j-driver';

/** What a parameter may carry: plain JSON-like values and driver Integers (Cypher INTEGER, e.g. for SKIP/LIMIT). */
export type ParamValue =
  string | number | boolean | null | Integer | readonly ParamValue[] | { readonly [key: string]: ParamValue };

export interface CypherStatement<P extends string = string> {
  /** Stable name, used in test output and snapshots. */
  readonly name: string;
  readonly text: string;
  /** Every `$parameter` the text uses, and nothing else. */
  readonly params: readonly P[];
}

/** The parameters a statement takes, all required: a statement never runs with a parameter left out. */
export type StatementParams<S> = S extends CypherStatement<infer P> ? { readonly [K in P]: ParamValue } : never;

/**
 * Declares a statement. Indentation is stripped so snapshots stay readable; the text must be a constant or built from
 * schema identifiers at module load (see identifiers.ts) — never from request data, which travels in parameters.
 */
export function statement<const P extends string = never>({
  name,
  text,
  params = [],
}: {
  name: string;
  text: string;
  params?: readonly P[];
}): CypherStatement<P> {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return Object.freeze({ name, text: lines.join('\n'), params: Object.freeze([...params]) });
}
