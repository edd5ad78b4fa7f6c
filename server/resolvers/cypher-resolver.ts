/** Query.cypher: researchers' read-only Cypher, on the Neo4j store only (the store guards writes and caps the work). */
import type { GraphStore } from '../../graph/store/graph-store';
import type { ApiContext } from '../api-context';
import { neo4jRequired } from '../api-errors';
import { SERVER_LIMITS } from '../limits/server-limits';
import { presentCypherResult } from '../presenters/cypher-result';
import { jsonObject, text } from './arguments';

export function cypherResolver(store: GraphStore) {
  return {
    async cypher(_: unknown, args: { query: string; params?: string | null }, { signal }: ApiContext) {
      if (!store.cypher) throw neo4jRequired();
      const query = text({ field: 'cypher', name: 'query', value: args.query, options: { maxLength: 20_000 } });
      const params = jsonObject({ field: 'cypher', name: 'params', value: args.params });
      const result = await store.cypher(query, params, {
        timeoutMs: SERVER_LIMITS.cypherTimeoutMs,
        rowCap: SERVER_LIMITS.cypherRowCap,
        signal,
      });
      return presentCypherResult(result);
    },
  };
}
