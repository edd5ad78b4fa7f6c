/**
 * Checks a GraphAnalyses before a store replaces its analyses with it: only the analysis relationship types
 * (SIMILAR_TO, REPRINT_OF) between two distinct practices, only the analysis properties of mechanisms, values of
 * the schema's types. Both stores call it, so a bad analysis is refused alike and nothing is half-replaced.
 */
import type { PropertyValue } from '../graph-document';
import { findDocumentProblems } from '../document-problems';
import { ANALYSIS_NODE_PROPERTIES, ANALYSIS_RELATIONSHIP_TYPES, NODE_PROPERTIES } from '../schema';
import type { GraphAnalyses } from './graph-store';
import { StoreError } from './store-error';

const OPERATION = 'replaceAnalyses';

export function checkAnalyses(analyses: GraphAnalyses): void {
  if (
    !analyses ||
    !Array.isArray(analyses.relationships) ||
    typeof analyses.mechanismProperties !== 'object' ||
    analyses.mechanismProperties === null
  ) {
    throw invalid('expected { relationships: [...], mechanismProperties: {...} }');
  }
  const practiceIds = new Set<string>();
  for (const rel of analyses.relationships) {
    if (!(ANALYSIS_RELATIONSHIP_TYPES as readonly string[]).includes(rel?.type))
      throw invalid(
        `relationship ${String(rel?.id)} has type ${String(rel?.type)}, not one of ${ANALYSIS_RELATIONSHIP_TYPES.join(', ')}`,
      );
    if (rel.start === rel.end) throw invalid(`relationship ${rel.id} links practice ${rel.start} to itself`);
    practiceIds.add(rel.start);
    practiceIds.add(rel.end);
  }
  // The relationships must fit the schema like any document's: stand-in practice nodes make the endpoints known.
  const problems = findDocumentProblems({
    nodes: [...practiceIds].map((id) => ({ id, labels: ['Practice'], properties: {} })),
    relationships: analyses.relationships,
  });
  if (problems.length > 0) throw invalid(problems.join('; '));
  const allowed = new Set<string>(ANALYSIS_NODE_PROPERTIES.Mechanism);
  for (const [name, properties] of Object.entries(analyses.mechanismProperties)) {
    for (const [key, value] of Object.entries(properties)) {
      if (!allowed.has(key))
        throw invalid(`mechanism ${name}: ${key} is not an analysis property (${[...allowed].join(', ')})`);
      if (!fits(value, NODE_PROPERTIES.Mechanism[key]?.type))
        throw invalid(`mechanism ${name}: ${key} is ${JSON.stringify(value)}`);
    }
  }
}

/** The practice ids the relationships touch, for the store to check they exist. */
export function analysisPracticeIds(analyses: GraphAnalyses): Set<string> {
  return new Set(analyses.relationships.flatMap((r) => [r.start, r.end]));
}

export function missingPractices(missing: string[]): StoreError {
  return invalid(
    `no practice ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` (and ${missing.length - 3} more)` : ''} in the store`,
  );
}

function fits(value: PropertyValue, type: string | undefined): boolean {
  if (value === null) return true;
  if (type === 'int') return typeof value === 'number' && Number.isSafeInteger(value);
  return type === 'string' && typeof value === 'string';
}

function invalid(reason: string): StoreError {
  return new StoreError('InvalidInput', `${OPERATION}: ${reason}`);
}
