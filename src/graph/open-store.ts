import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, type AppConfig } from '../config/config.js';
import { openEmbeddedStore } from './embedded/embedded-store.js';
import { openNeo4jStore } from './neo4j/neo4j-store.js';
import type { SchemaStatements } from './queries.js';
import type { GraphStore } from './store.js';

/** File name of the embedded database inside DATA_DIR. */
export const embeddedDatabaseFile = 'graph.lbug';

/**
 * Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, otherwise the
 * embedded engine with its database file in DATA_DIR. Applies the schema before returning.
 * `onRecovery` hears when the embedded database was recovered from a torn log.
 */
export async function openConfiguredStore(
  config: AppConfig,
  schema: SchemaStatements,
  notices: { onRecovery?: (message: string) => void } = {},
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
        writeTimeoutMs: config.writeTimeoutMs,
        schemaStatements: schema.neo4j,
      })
    : await openEmbedded(config, schema, notices.onRecovery);
  try {
    await store.applySchema();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openEmbedded(
  config: AppConfig,
  schema: SchemaStatements,
  onRecovery: ((message: string) => void) | undefined,
): Promise<GraphStore> {
  prepareDataDir(config.dataDir);
  return openEmbeddedStore({
    path: join(config.dataDir, embeddedDatabaseFile),
    schemaStatements: schema.embedded,
    migrationStatements: schema.embeddedMigrations,
    queryTimeoutMs: config.queryTimeoutMs,
    writeTimeoutMs: config.writeTimeoutMs,
    ...(onRecovery ? { onRecovery } : {}),
  });
}

/**
 * Creates DATA_DIR if needed and checks that it can be written, so that a read-only or
 * foreign folder is one line naming the setting rather than an engine error (the engine calls
 * a read-only file system "No such file or directory").
 */
function prepareDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    // A recursive mkdir on a read-only file system says ENOENT: ask the folder that exists.
    const code = findWriteProblem(dir) ?? (error as NodeJS.ErrnoException).code ?? 'error';
    const why =
      code === 'EROFS'
        ? 'is on a read-only file system'
        : code === 'EACCES' || code === 'EPERM'
          ? 'is not writable by this user'
          : 'cannot be created or written';
    throw new ConfigError(
      'DATA_DIR',
      `${dir} ${why} (${code}); point DATA_DIR at a writable folder`,
    );
  }
}

/** Why the nearest existing folder at or above `dir` cannot be written to, if it cannot. */
function findWriteProblem(dir: string): string | undefined {
  let current = dir;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  try {
    accessSync(current, constants.W_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}
