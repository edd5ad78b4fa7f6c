/**
 * Properties the Neo4j store keeps beyond a document's own: every node's `id` (a property here, the key of MERGE) and
 * the fingerprint that tells an unchanged re-upsert from an edited one. Reads strip them again.
 */

/** On Bulletin nodes: a hash of the whole upserted document (same id + same fingerprint → `unchanged`). */
export const FINGERPRINT_PROPERTY = 'kgFingerprint';

/** Not part of a GraphNode's `properties`. */
export const HIDDEN_NODE_PROPERTIES: ReadonlySet<string> = new Set(['id', FINGERPRINT_PROPERTY]);
