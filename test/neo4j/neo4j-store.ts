import { readConfig } from '../../src/config/config.js';
import { openConfiguredStore } from '../../src/graph/open-store.js';
import { nodeLabels, type NodeLabel } from '../../src/domain/model.js';
import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';

/**
 * The Neo4j store NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) names, opened as
 * `npm start` opens it, schema applied. `overrides` replace settings from the environment
 * (a short query timeout, another URI scheme).
 */
export async function openNeo4jTestStore(
  overrides: { uri?: string; queryTimeoutMs?: number } = {},
): Promise<GraphStore> {
  const config = readConfig();
  if (!config.neo4j) throw new Error('the Neo4j tests need NEO4J_URI');
  return openConfiguredStore(
    {
      ...config,
      ...(overrides.queryTimeoutMs === undefined
        ? {}
        : { queryTimeoutMs: overrides.queryTimeoutMs }),
      neo4j: { ...config.neo4j, ...(overrides.uri === undefined ? {} : { uri: overrides.uri }) },
    },
    loadCatalog().schema,
  );
}

/** Deletes every node of this project's labels, the way `seed --wipe` does, without reseeding. */
export async function emptyProjectLabels(store: GraphStore): Promise<void> {
  const catalog = loadCatalog();
  for (const label of Object.keys(nodeLabels) as NodeLabel[]) {
    for (;;) {
      const [row] = await store.writeTransaction((tx) =>
        tx.run(catalog.maintenance.wipe(label), { limit: 10_000 }),
      );
      if (Number(row?.['deleted'] ?? 0) < 10_000) break;
    }
  }
}
