import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/config.js';
import { openEmbeddedStore } from './embedded/embedded-store.js';
import { openNeo4jStore } from './neo4j/neo4j-store.js';
import type { SchemaStatements } from './queries.js';
import type { GraphStore } from './store.js';

/** File name of the embedded database inside DATA_DIR. */
export const embeddedDatabaseFile = 'graph.lbug';

/**
 * Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, otherwise the
 * embedded engine with its database file in DATA_DIR. Applies the schema before returning.
 */
export async function openConfiguredStore(
  config: AppConfig,
  schema: SchemaStatements,
): Promise<GraphStore> {
  const store = config.neo4j
    ? await openNeo4jStore({
        uri: config.neo4j.uri,
        user: config.neo4j.user,
        password: config.neo4j.password,
        database: config.neo4j.database,
        maxConnectionPoolSize: config.neo4j.maxConnectionPoolSize,
        connectionTimeoutMs: config.neo4j.connectionTimeoutMs,
        connectionAcquisitionTimeoutMs: config.neo4j.connectionAcquisitionTimeoutMs,
        maxTransactionRetryTimeMs: config.neo4j.maxTransactionRetryTimeMs,
        connectRetry: {
          attempts: config.neo4j.connectAttempts,
          delayMs: config.neo4j.connectRetryDelayMs,
        },
        queryTimeoutMs: config.queryTimeoutMs,
        schemaStatements: schema.neo4j,
      })
    : await openEmbedded(config, schema);
  try {
    await store.applySchema();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openEmbedded(config: AppConfig, schema: SchemaStatements): Promise<GraphStore> {
  mkdirSync(config.dataDir, { recursive: true });
  return openEmbeddedStore({
    path: join(config.dataDir, embeddedDatabaseFile),
    schemaStatements: schema.embedded,
    migrationStatements: schema.embeddedMigrations,
    queryTimeoutMs: config.queryTimeoutMs,
  });
}
