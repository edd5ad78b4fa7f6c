/** The server load benchmark and the abuse suite send the explorer's own requests: their copies equal the web client's. */
import { parse, print } from 'graphql';
import * as bench from '../../bench/explorer-queries';
import { LOCALITY_VIEW_QUERY, MECHANISM_VIEW_QUERY, NEIGHBORHOOD_QUERY, SEARCH_QUERY } from '../../web/src/api/queries';
import { NEIGHBOURHOOD_LIMIT, VIEW_PRACTICES } from '../../web/src/app/view-loader';
import { SEARCH_PAGE } from '../../web/src/search/search-box';
import { DEFAULT_STATE } from '../../web/src/state/view-state';

/**
 * A document as GraphQL reads it: Prettier lays out the copies' literal documents, not the client's, whose fragments
 * are interpolated, so the two differ in whitespace only.
 */
const document = (source: string) => print(parse(source));

test('the benchmark sends the documents and the sizes of the explorer', () => {
  expect(document(bench.SEARCH_QUERY)).toBe(document(SEARCH_QUERY));
  expect(document(bench.NEIGHBORHOOD_QUERY)).toBe(document(NEIGHBORHOOD_QUERY));
  expect(document(bench.MECHANISM_VIEW_QUERY)).toBe(document(MECHANISM_VIEW_QUERY));
  expect(document(bench.LOCALITY_VIEW_QUERY)).toBe(document(LOCALITY_VIEW_QUERY));
  expect(bench.SEARCH_PAGE).toBe(SEARCH_PAGE);
  expect(bench.VIEW_PRACTICES).toBe(VIEW_PRACTICES);
  expect(bench.NEIGHBOURHOOD_LIMIT).toBe(NEIGHBOURHOOD_LIMIT);
  expect(bench.VIEW_LEVEL).toBe(DEFAULT_STATE.glevel);
});
