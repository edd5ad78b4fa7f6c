/** The server load benchmark sends the explorer's own requests: its copies equal the web client's originals. */
import * as bench from '../../bench/explorer-queries';
import { NEIGHBORHOOD_QUERY, SEARCH_QUERY } from '../../web/src/api/queries';
import { EXPANSION_LIMIT, EXPANSION_RULES } from '../../web/src/graph/expansion-rules';

test('the benchmark sends the documents and the expansion rules of the explorer', () => {
  expect(bench.SEARCH_QUERY).toBe(SEARCH_QUERY);
  expect(bench.NEIGHBORHOOD_QUERY).toBe(NEIGHBORHOOD_QUERY);
  expect(bench.EXPANSION_LIMIT).toBe(EXPANSION_LIMIT);
  for (const [label, rule] of Object.entries(EXPANSION_RULES)) {
    expect(bench.EXPANSION_RULES[label]).toEqual({ depth: rule.depth, ...(rule.labels ? { labels: rule.labels } : {}) });
  }
});
