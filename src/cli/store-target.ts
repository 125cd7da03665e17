import { join } from 'node:path';

import type { AppConfig } from '../config/config.js';
import { describeUri } from '../graph/neo4j/redact.js';
import { embeddedDatabaseFile } from '../graph/open-store.js';

/**
 * Which store a configuration points at, for the one-line messages of the export, import,
 * seed and migrate commands: `Neo4j at neo4j://host:7687 (database graph)` or `the embedded
 * database <DATA_DIR>/graph.lbug`. Never shows a password.
 */
export function describeStoreTarget(config: AppConfig): string {
  if (config.neo4j) {
    const { uri, database } = config.neo4j;
    return `Neo4j at ${describeUri(uri)}${database === undefined ? '' : ` (database ${database})`}`;
  }
  return `the embedded database ${join(config.dataDir, embeddedDatabaseFile)}`;
}
