/** The server load benchmark and the abuse suite send the explorer's own requests: their copies equal the web client's. */
import * as bench from '../../bench/explorer-queries';
import { LOCALITY_VIEW_QUERY, MECHANISM_VIEW_QUERY, NEIGHBORHOOD_QUERY, SEARCH_QUERY } from '../../web/src/api/queries';
import { NEIGHBOURHOOD_LIMIT, VIEW_PRACTICES } from '../../web/src/app/view-loader';
import { SEARCH_PAGE } from '../../web/src/search/search-box';
import { DEFAULT_STATE } from '../../web/src/state/view-state';

test('the benchmark sends the documents and the sizes of the explorer', () => {
  expect(bench.SEARCH_QUERY).toBe(SEARCH_QUERY);
  expect(bench.NEIGHBORHOOD_QUERY).toBe(NEIGHBORHOOD_QUERY);
  expect(bench.MECHANISM_VIEW_QUERY).toBe(MECHANISM_VIEW_QUERY);
  expect(bench.LOCALITY_VIEW_QUERY).toBe(LOCALITY_VIEW_QUERY);
  expect(bench.SEARCH_PAGE).toBe(SEARCH_PAGE);
  expect(bench.VIEW_PRACTICES).toBe(VIEW_PRACTICES);
  expect(bench.NEIGHBOURHOOD_LIMIT).toBe(NEIGHBOURHOOD_LIMIT);
  expect(bench.VIEW_LEVEL).toBe(DEFAULT_STATE.glevel);
});
