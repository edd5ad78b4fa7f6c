/** The console's example queries for the common research questions (data in cypher-examples.json). */
import type { Language } from '../state/view-state';
import examples from './cypher-examples.json';

export interface CypherExample {
  id: string;
  title: Record<Language, string>;
  query: string;
  params: Record<string, unknown>;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = examples;
