/**
 * Search as graph/store/CONTRACT.md ranks it, computed in Cypher: candidates come from the `kg_fulltext` index (units
 * of ideographs, as a Lucene query in `$lucene`) and from CONTAINS scans (the other units, `$scanUnits`); each
 * candidate is then scored exactly — per unit, `$nameEquals` when it equals a name field, else `$nameContains` when a
 * name field holds it, plus `$textContains` when any searchable field holds it — and ordered by score, then by the
 * occurrences of the units in its searchable fields (each unit's counted without overlap, as split() counts them; at
 * most `$maxOccurrences`), then by id. One statement returns the total and the page, so both come from the same
 * snapshot.
 */
import { FULLTEXT_INDEX, NODE_PROPERTIES, type NodeLabel } from '../../../schema';
import { SEARCH_NAME_FIELDS, SEARCHABLE_LABELS, type SearchableLabel } from '../../search-rules';
import { FULLTEXT_INDEX_LITERAL, label, propertyKey } from './identifiers';
import { statement } from './statement';

/** `[node.title]`, `coalesce(node.aliases, [])`: a field as a list of strings, lists as they are. */
function fieldList(l: NodeLabel, field: string): string {
  const key = propertyKey(field);
  return NODE_PROPERTIES[l][field]?.type === 'string[]' ? `coalesce(node.${key}, [])` : `[node.${key}]`;
}

/** `CASE WHEN node:Practice THEN [node.title] … END`, the fields of each searchable label, nulls left out. */
function fieldsByLabel(fields: (l: SearchableLabel) => readonly string[]): string {
  const branches = SEARCHABLE_LABELS.map(
    (l) =>
      `WHEN node:${label(l)} THEN ${fields(l)
        .map((f) => fieldList(l, f))
        .join(' + ')}`,
  );
  return `[f IN CASE ${branches.join(' ')} ELSE [] END WHERE f IS NOT NULL]`;
}

/** One CONTAINS scan per searchable label, skipped unless the label is wanted. */
function scans(): string[] {
  return SEARCHABLE_LABELS.map((l) => {
    const tests = FULLTEXT_INDEX.fields[l].map((f) =>
      NODE_PROPERTIES[l][f]?.type === 'string[]'
        ? `any(x IN coalesce(node.${propertyKey(f)}, []) WHERE x CONTAINS unit)`
        : `node.${propertyKey(f)} CONTAINS unit`,
    );
    return `UNWIND $scanUnits AS unit
      WITH unit WHERE '${label(l)}' IN $labels
      MATCH (node:${label(l)}) WHERE ${tests.join(' OR ')}
      RETURN node`;
  });
}

const FULLTEXT = `CALL db.index.fulltext.queryNodes(${FULLTEXT_INDEX_LITERAL}, $lucene) YIELD node
      RETURN node`;

function searchText(withIndex: boolean): string {
  const candidates = [...(withIndex ? [FULLTEXT] : []), ...scans()].join('\nUNION\n');
  return `CALL () {
       ${candidates}
     }
     WITH node WHERE any(l IN labels(node) WHERE l IN $labels)
     WITH node, ${fieldsByLabel((l) => SEARCH_NAME_FIELDS[l])} AS names, ${fieldsByLabel((l) => FULLTEXT_INDEX.fields[l])} AS texts
     WITH node, texts, reduce(s = 0, u IN $units |
       s + CASE WHEN u IN names THEN $nameEquals WHEN any(n IN names WHERE n CONTAINS u) THEN $nameContains ELSE 0 END
         + CASE WHEN any(t IN texts WHERE t CONTAINS u) THEN $textContains ELSE 0 END) AS score
     WHERE score > 0
     WITH node, score, reduce(c = 0, u IN $units | c + reduce(k = 0, t IN texts | k + size(split(t, u)) - 1)) AS occurrences
     WITH node, score, CASE WHEN occurrences > $maxOccurrences THEN $maxOccurrences ELSE occurrences END AS occurrences
     ORDER BY score DESC, occurrences DESC, node.id
     WITH collect({node: node, score: score}) AS hits
     RETURN size(hits) AS total, hits[$offset..($offset + $limit)] AS page`;
}

const PARAMS = [
  'scanUnits',
  'units',
  'labels',
  'offset',
  'limit',
  'nameEquals',
  'nameContains',
  'textContains',
  'maxOccurrences',
] as const;

/** Some units are ideographs: fulltext candidates plus scans for the rest. */
export const SEARCH_WITH_INDEX = statement({
  name: 'read.searchWithIndex',
  text: searchText(true),
  params: [...PARAMS, 'lucene'],
});
/** No unit suits the index (single characters, Latin, digits): scans only. */
export const SEARCH_BY_SCAN = statement({ name: 'read.searchByScan', text: searchText(false), params: PARAMS });
