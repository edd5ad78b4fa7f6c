/** Query.practice and Query.similarPractices. */
import { READ_CAPS, type GraphStore } from '../../graph/store/graph-store';
import type { ApiContext } from '../api-context';
import { notFound } from '../api-errors';
import { presentPracticeDetail, presentSimilarPractice } from '../presenters/practice-detail';
import { cappedLimit, text } from './arguments';

export function practiceResolvers(store: GraphStore) {
  return {
    /** Null for an unknown id (or the id of a node that is not a practice). */
    async practice(_: unknown, args: { id: string }, { signal }: ApiContext) {
      const detail = await store.practice(text({ field: 'practice', name: 'id', value: args.id }), { signal });
      return detail ? presentPracticeDetail(detail) : null;
    },

    /** NOT_FOUND for an unknown practice; a practice without similar ones has an empty list. */
    async similarPractices(_: unknown, args: { id: string; limit?: number | null }, { signal }: ApiContext) {
      const id = text({ field: 'similarPractices', name: 'id', value: args.id });
      const similar = await store.similarPractices(
        id,
        cappedLimit({ field: 'similarPractices', value: args.limit, cap: READ_CAPS.similar }),
        { signal },
      );
      if (similar.length === 0 && (await store.node(id, { signal }))?.labels[0] !== 'Practice')
        throw notFound(`similarPractices: no practice with id "${id}"`);
      return similar.map(presentSimilarPractice);
    },
  };
}
