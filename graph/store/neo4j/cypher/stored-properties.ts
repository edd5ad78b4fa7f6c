/**
 * Properties the Neo4j store keeps beyond a document's own: every node's `id` (a property here, the key of MERGE), the
 * fingerprint that tells an unchanged re-upsert from an edited one, and the generation of an analysis relationship.
 * Reads strip them again.
 */

/** On Bulletin nodes: a hash of the whole upserted document (same id + same fingerprint → `unchanged`). */
export const FINGERPRINT_PROPERTY = 'kgFingerprint';

/** On SIMILAR_TO and REPRINT_OF: the `replaceAnalyses` that wrote it (cypher/analysis-generation.ts). */
export const GENERATION_PROPERTY = 'kgGeneration';

/** Not part of a GraphNode's `properties`. */
export const HIDDEN_NODE_PROPERTIES: ReadonlySet<string> = new Set(['id', FINGERPRINT_PROPERTY]);

/** Not part of a GraphRelationship's `properties`. */
export const HIDDEN_RELATIONSHIP_PROPERTIES: ReadonlySet<string> = new Set(['id', GENERATION_PROPERTY]);
