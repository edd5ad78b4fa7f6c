/**
 * search(): the query is cut into units (text-terms.ts), scored over the inverted index (score-query.ts), with a
 * bonus for a node whose name *is* the query, and only the requested page is selected from the hits (top-k).
 */
import { isNodeLabel, type NodeLabel } from '../../schema';
import { READ_CAPS, type Page, type SearchHit, type SearchRequest } from '../graph-store';
import { StoreError } from '../store-error';
import type { GraphCore } from './graph-core';
import type { NameLookup } from './name-lookup';
import { toGraphNode, type NodeRecord } from './node-records';
import { pageWindow } from './page';
import type { QueryScorer } from './score-query';
import type { TextIndex } from './text-index';
import { queryUnits, type Tokenize } from './text-terms';
import { topK } from './top-k';

/** Larger than any BM25 score, so exact name matches come first. */
const NAME_BONUS = 1000;

export interface SearchContext {
  core: GraphCore;
  index: TextIndex;
  scorer: QueryScorer;
  names: NameLookup;
  tokenize: Tokenize;
}

export function searchNodes(context: SearchContext, request: SearchRequest): Page<SearchHit> {
  if (typeof request.text !== 'string') throw new StoreError('InvalidInput', 'search: text must be a string');
  for (const label of request.labels ?? []) if (!isNodeLabel(label)) throw new StoreError('InvalidInput', `search: unknown label ${String(label)}`);
  const window = pageWindow(request, READ_CAPS.searchHits, 20);
  const labels = request.labels && request.labels.length > 0 ? new Set(request.labels) : null;
  const accept = (label: NodeLabel) => labels === null || labels.has(label);
  const units = queryUnits(request.text, context.tokenize);
  if (units.length === 0) return { items: [], total: 0, ...window };

  const bonus = new Map<number, number>();
  for (const unit of units) {
    for (const record of context.names.find(context.core, unit.text)) {
      if (record.alive && record.docId >= 0 && accept(record.label)) bonus.set(record.docId, NAME_BONUS);
    }
  }
  const { docs, scores } = context.scorer.score(context.index, units, accept, bonus);
  // Ties go to the lower document number: snapshot order, which is id order.
  const best = topK(scores, window.offset + window.limit, (i) => docs[i] as number);
  const items = best.slice(window.offset).map((i) => {
    const record = context.index.owner(docs[i] as number) as NodeRecord;
    return { node: toGraphNode(record), label: record.label, score: Math.round((scores[i] as number) * 1000) / 1000 };
  });
  return { items, total: docs.length, ...window };
}
