/** A practice with everything needed to read it: bulletin, locality chain, mechanisms, organizations and metrics with their evidence, highlight spans and similar practices. */
import { READ_CAPS, type PracticeDetail, type SimilarPractice } from '../graph-store';
import { evidenceSpans } from './evidence-spans';
import type { GraphCore } from './graph-core';
import { localityChain, practiceLocalities } from './locality-chain';
import { edgeValue, nodeText, toGraphNode, type NodeRecord } from './node-records';
import { clampLimit } from './page';

export function practiceDetail(core: GraphCore, id: string): PracticeDetail | null {
  const practice = core.get(id);
  if (!practice || practice.label !== 'Practice') return null;
  const text = nodeText(practice) ?? '';
  const textOf = () => text;
  const bulletin = practice.in.find((e) => e.type === 'CONTAINS')?.start ?? null;
  const located = practiceLocalities(practice);
  const chain = [...new Set(located.flatMap(localityChain))];
  const uses = practice.out.filter((e) => e.type === 'USES');
  const metrics = practice.out.filter((e) => e.type === 'REPORTS').map((e) => e.end);
  metrics.sort((a, b) => Number(a.props.start ?? 0) - Number(b.props.start ?? 0));
  const organizations = new Map<NodeRecord, { evidence: string | null; reportedBy: boolean }>();
  for (const edge of practice.out) {
    if (edge.type !== 'INVOLVES' && edge.type !== 'REPORTED_BY') continue;
    const entry = organizations.get(edge.end) ?? { evidence: null, reportedBy: false };
    if (edge.type === 'REPORTED_BY') entry.reportedBy = true;
    else entry.evidence = stringOrNull(edgeValue(edge, 'evidence', textOf));
    organizations.set(edge.end, entry);
  }
  return {
    practice: toGraphNode(practice),
    bulletin: bulletin ? toGraphNode(bulletin) : null,
    localities: chain.map(toGraphNode),
    mechanisms: uses.map((edge) => ({
      mechanism: toGraphNode(edge.end),
      evidence: stringOrNull(edgeValue(edge, 'evidence', textOf)) ?? '',
      start: Number(edge.props.start ?? 0),
      end: Number(edge.props.end ?? 0),
      via: stringOrNull(edgeValue(edge, 'via')) ?? '',
      page: typeof edge.props.page === 'number' ? edge.props.page : null,
    })),
    organizations: [...organizations].map(([organization, entry]) => ({ organization: toGraphNode(organization), ...entry })),
    metrics: metrics.map(toGraphNode),
    spans: evidenceSpans({ text, practice, located, chain, uses, metrics, organizations: [...organizations.keys()] }),
    similar: similarPractices(core, id, READ_CAPS.similar),
  };
}

/** SIMILAR_TO in either direction (similarity is symmetric), best score first. */
export function similarPractices(core: GraphCore, id: string, limit?: number): SimilarPractice[] {
  const practice = core.get(id);
  if (!practice || practice.label !== 'Practice') return [];
  const best = new Map<NodeRecord, SimilarPractice>();
  for (const edge of [...practice.out, ...practice.in]) {
    if (edge.type !== 'SIMILAR_TO') continue;
    const other = edge.start === practice ? edge.end : edge.start;
    const score = Number(edge.props.score ?? 0);
    if ((best.get(other)?.score ?? -Infinity) >= score) continue;
    best.set(other, {
      practice: toGraphNode(other),
      score,
      sharedMechanisms: stringList(edge.props.sharedMechanisms),
      sharedTerms: stringList(edge.props.sharedTerms),
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (a.practice.id < b.practice.id ? -1 : 1))
    .slice(0, clampLimit(limit, READ_CAPS.similar, 10));
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
