/**
 * upsertBulletin inside one write transaction (graph/store/CONTRACT.md, "Writes"): the same source and content is
 * `unchanged`; a new content of the same source replaces the stored bulletin and what it owns; shared nodes merge.
 * The hierarchy, places and counts follow when the transaction settles; the practices' analysis terms are kept
 * when the ingest gave them.
 */
import { createHash } from 'crypto';
import type { NodeLabel } from '../../schema';
import { invalidDocument as invalid } from '../bulletin-ownership';
import type { UpsertResult } from '../graph-store';
import type { CheckedDocument } from '../check-document';
import type { PendingPractices } from './pending-practices';
import { removeBulletin } from './remove-bulletin';
import type { Sql } from './sqlite-connection';
import { OWNED_LABELS } from './sqlite-tables';
import { storedLabels } from './stored-labels';
import { writeNodes } from './write-nodes';
import { writeRelationships } from './write-relationships';
import { writeTerms, type PracticeTermsInput } from './practice-terms';

export function fingerprintOf(document: unknown): string {
  return createHash('sha1').update(JSON.stringify(document)).digest('hex');
}

/**
 * Writes one checked document. Its practices and new PART_OF edges join `pending`: places, counts and ancestors
 * follow when the transaction settles it (pending-practices.ts).
 */
export function writeBulletin({
  sql,
  checked,
  pending,
  terms,
}: {
  sql: Sql;
  checked: CheckedDocument;
  pending: PendingPractices;
  terms?: PracticeTermsInput;
}): UpsertResult {
  const { document, bulletin, source, labels } = checked;
  const bulletinId = bulletin.id;
  const fingerprint = fingerprintOf(document);
  const stored = sql
    .statement('SELECT id, fingerprint FROM bulletin WHERE source = ? OR id = ?')
    .all(source, bulletinId) as { id: string; fingerprint: string | null }[];
  if (stored.some((b) => b.id === bulletinId && b.fingerprint === fingerprint))
    return { bulletinId, status: 'unchanged' };
  for (const { id } of stored) removeBulletin({ sql, bulletinId: id, pending });
  // Owned ids derive from the bulletin's, checked above; their own table is enough (writeNodes reads it). Shared
  // nodes and endpoints outside the document are looked for under every label.
  const lookup = [...labels].filter(([, label]) => !OWNED_LABELS.includes(label)).map(([id]) => id);
  const outside = document.relationships.flatMap((r) => [r.start, r.end]).filter((id) => !labels.has(id));
  const known = storedLabels(sql, [...lookup, ...outside]);
  refuseTakenIds(known, labels);
  writeNodes({ sql, pending, nodes: document.nodes, labels, stored: known });
  pending.reparent(writeRelationships({ sql, relationships: document.relationships, labels, stored: known }));
  const practices = document.nodes.filter((n) => labels.get(n.id) === 'Practice').map((n) => n.id);
  pending.add(practices);
  sql.statement('UPDATE bulletin SET fingerprint = ? WHERE id = ?').run(fingerprint, bulletinId);
  if (terms) writeTerms({ sql, input: terms, practiceIds: practices });
  const replaced = stored.find((b) => b.id !== bulletinId) ?? stored[0];
  return replaced ? { bulletinId, status: 'replaced', replacedId: replaced.id } : { bulletinId, status: 'created' };
}

/** An id stored under another label, or a practice or metric another bulletin still owns, is refused. */
function refuseTakenIds(known: ReadonlyMap<string, NodeLabel>, labels: ReadonlyMap<string, NodeLabel>): void {
  for (const [id, storedLabel] of known) {
    const label = labels.get(id);
    if (label === undefined) continue;
    if (storedLabel !== label) throw invalid(`node ${id} is a ${storedLabel} in the store, a ${label} in the document`);
    if (OWNED_LABELS.includes(label)) throw invalid(`${label} ${id} already belongs to another bulletin`);
  }
}
