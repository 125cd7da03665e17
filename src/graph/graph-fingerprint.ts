/**
 * The graph fingerprint: what tells a process that the graph changed under something it derived
 * from it (the search index, `derived-cache.ts`).
 */
import type { Queries } from './queries.js';
import type { GraphStore } from './store.js';

/**
 * A cheap summary of the graph's size: the node and relationship counts. A write by another
 * process (an ingest into a shared Neo4j) almost always changes one of them; a write that
 * keeps both exactly equal is noticed by the next rebuild for another reason, or after a
 * restart.
 */
export async function readGraphFingerprint(store: GraphStore, queries: Queries): Promise<string> {
  const [[nodes], [relationships]] = await Promise.all([
    store.read(queries.nodeCount),
    store.read(queries.relationshipCount),
  ]);
  return `${Number(nodes?.nodes ?? 0)}/${Number(relationships?.relationships ?? 0)}`;
}
