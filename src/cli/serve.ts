import { buildApiSchema } from '../api/build-schema.js';
import { ConfigError, readConfig } from '../config/config.js';
import { createDerivedCache } from '../graph/derived-cache.js';
import { StoreUnavailableError } from '../graph/errors.js';
import { createGraphVersionWatcher } from '../graph/graph-version.js';
import { openConfiguredStore } from '../graph/open-store.js';
import { loadCatalog } from '../graph/queries.js';
import { seedIfEmpty } from '../ingest/io/load-reports.js';
import { locatePersistedIndex } from '../search/persisted-index.js';
import { createSearchService } from '../search/search-service.js';
import { seedReportsDir, schemaDir } from '../paths.js';
import { loadExampleOperations } from '../server/ide/examples.js';
import { createLogger } from '../server/logger.js';
import { startHttpServer } from '../server/server.js';
import { join } from 'node:path';

/**
 * `npm start`: reads the configuration, opens the store (embedded unless NEO4J_URI is set),
 * seeds it from seed/reports/ when it holds no report, and serves the API until SIGINT or
 * SIGTERM. Start-up problems end the process with one line naming the cause.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({
    level: config.logLevel,
    secrets: config.neo4j ? [config.neo4j.password] : [],
  });
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema, {
    onRecovery: (message) => logger.warn(message),
  });
  try {
    const seeded = await seedIfEmpty(store, catalog, seedReportsDir);
    if (seeded) logger.info(seeded, 'graph was empty: ingested the seed reports');
    const persistedIndex = locatePersistedIndex(config);
    // One watcher, made after the seed, tells the search index and the kept rows alike.
    const version = createGraphVersionWatcher({
      store,
      queries: catalog.queries,
      refreshSeconds: config.search.refreshSeconds,
    });
    const search = createSearchService({
      store,
      queries: catalog.queries,
      version,
      backend: config.search.backend,
      persisted: persistedIndex && {
        ...persistedIndex,
        onSaveError: (error) => logger.warn({ err: error }, 'search index not saved'),
      },
    });
    const server = await startHttpServer({
      search,
      derived: createDerivedCache(version),
      schema: await buildApiSchema(),
      store,
      queries: catalog.queries,
      logger,
      port: config.port,
      host: config.host,
      development: config.development,
      limits: config.limits,
      queryStats: config.queryStats,
      http: config.http,
      corsOrigins: config.corsOrigins,
      examples: await loadExampleOperations(join(schemaDir, 'examples')),
    });
    logger.info(
      { url: `${server.url}/graphql`, engine: store.engine },
      'serving the inspection graph',
    );
    // Built after listening, so start-up never waits for it; a search arriving first waits.
    search.warm().then(
      (build) => logger.info(build, 'search index built'),
      (error: unknown) => logger.error({ err: error }, 'search index build failed'),
    );
    const shutDown = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      await server.stop();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutDown('SIGINT'));
    process.once('SIGTERM', () => void shutDown('SIGTERM'));
  } catch (error) {
    await store.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StoreUnavailableError;
  const message = error instanceof Error ? error.message : String(error);
  // One line; the stack only when asked for (LOG_LEVEL=debug or trace).
  process.stderr.write(`${known ? 'error' : 'start-up failed'}: ${message.split('\n')[0]}\n`);
  const debug = ['debug', 'trace'].includes(process.env.LOG_LEVEL?.trim() ?? '');
  if (!known && debug && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
