/** A practice with its evidence (PracticeDetail in schema.graphql), and its similar practices. */
import type { PracticeDetail, SimilarPractice } from '../../graph/store/graph-store';
import { presentNode, type ApiNode } from './graph-elements';

export interface ApiSimilarPractice {
  practice: ApiNode;
  score: number;
  sharedMechanisms: string[];
  sharedTerms: string[];
}

export function presentSimilarPractice(similar: SimilarPractice): ApiSimilarPractice {
  return { ...similar, practice: presentNode(similar.practice) };
}

export function presentPracticeDetail(detail: PracticeDetail) {
  return {
    practice: presentNode(detail.practice),
    bulletin: detail.bulletin ? presentNode(detail.bulletin) : null,
    localities: detail.localities.map(presentNode),
    mechanisms: detail.mechanisms.map((use) => ({ ...use, mechanism: presentNode(use.mechanism) })),
    organizations: detail.organizations.map((role) => ({ ...role, organization: presentNode(role.organization) })),
    metrics: detail.metrics.map(presentNode),
    spans: detail.spans,
    similar: detail.similar.map(presentSimilarPractice),
  };
}
