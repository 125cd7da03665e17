/**
/**
 * The server side of `npm run bench:api` and `npm run bench:scale`, forked by them: the real API
 * over HTTP on 127.0.0.1, with a recorder between the API and the store; it answers the messages
 * of `bench-protocol.ts` until told to stop. The store is an in-memory embedded store seeded with
 * every seed report; or (argument `neo4j`) the Neo4j that NEO4J_URI names, opened like
 * `npm start` and seeded when empty; or, when BENCH_DATA_DIR names a folder, the embedded
 * database already in it, opened as `npm start` opens DATA_DIR (and the search index built
 * before it says it is ready).
 */
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { describeStoreTarget } from '../../src/cli/store-target.js';
import { readConfig } from '../../src/config/config.js';
import { createDerivedCache } from '../../src/graph/derived-cache.js';
import { createGraphVersionWatcher } from '../../src/graph/graph-version.js';
import { openConfiguredStore } from '../../src/graph/open-store.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { seedIfEmpty } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { locatePersistedIndex } from '../../src/search/persisted-index.js';
import { createSearchService } from '../../src/search/search-service.js';
import { startHttpServer } from '../../src/server/server.js';
import { assertHoldsOnlySeedGraph } from '../conformance/neo4j-target.js';
import type { BenchEngine, BenchReply, BenchRequest, ServerStartup } from './bench-protocol.js';
import { isRunByTestRunner } from './load-settings.js';
import { runRawLoad } from './raw-load.js';
import {
  createReadRecorder,
  groupIntoWaves,
  recordReads,
  type ReadTrace,
} from './read-recorder.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

function reply(message: BenchReply): void {
  process.send?.(message);
}

async function answer(
  api: TestApi,
  recorder: ReturnType<typeof createReadRecorder>,
  traces: Map<string, ReadTrace>,
  request: BenchRequest,
): Promise<void> {
  switch (request.type) {
    case 'record-start':
      recorder.start();
      return reply({ type: 'recording' });
    case 'record-stop': {
      const reads = recorder.stop();
      const trace = groupIntoWaves(reads);
      traces.set(request.name, trace);
      return reply({ type: 'recorded', reads: reads.length, waves: trace.length });
    }
    case 'replay': {
      const trace = traces.get(request.name);
      if (!trace)
        return reply({ type: 'failed', message: `no trace recorded for ${request.name}` });
      const figures = await runRawLoad(api.store, trace, request.settings);
      return reply({ type: 'replayed', figures });
    }
    case 'stop':
      // Closing happens on 'disconnect', which also covers a parent that died.
      process.disconnect();
      return;
  }
}

/**
 * The API on the store in `dataDir`, started as `npm start` starts it (production settings, one
 * search service), except that it waits for the search index before resolving.
 */
async function startDataDirApi(
  dataDir: string,
  recorder: ReturnType<typeof createReadRecorder>,
): Promise<{ api: TestApi; startup: ServerStartup }> {
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, NEO4J_URI: '' });
  const catalog = loadCatalog();
  const opening = performance.now();
  const store = await openConfiguredStore(config, catalog.schema);
  const opened = performance.now();
  const persisted = locatePersistedIndex(config);
  const version = createGraphVersionWatcher({ store, queries: catalog.queries });
  const search = createSearchService({
    store,
    queries: catalog.queries,
    version,
    ...(persisted && { persisted }),
  });
  const build = await search.warm();
  const searched = performance.now();
  const server = await startHttpServer({
    schema: await buildApiSchema(),
    store: recordReads(store, recorder),
    queries: catalog.queries,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    development: false,
    examples: [],
    limits: config.limits,
    search,
    derived: createDerivedCache(version),
  });
  const readyMs = performance.now();
  const [nodes] = await store.read(catalog.queries.nodeCount);
  const [relationships] = await store.read(catalog.queries.relationshipCount);
  const url = `${server.url}/graphql`;
  const api: TestApi = {
    url,
    store,
    catalog,
    server,
    graphql: () => Promise.reject(new Error('not used by the bench')),
    async close() {
      await server.stop();
      await store.close();
    },
  };
  return {
    api,
    startup: {
      openMs: opened - opening,
      searchMs: searched - opened,
      searchSource: build.source,
      readyMs,
      nodes: Number(nodes?.nodes ?? 0),
      relationships: Number(relationships?.relationships ?? 0),
    },
  };
}

/** The API on the configured Neo4j, holding the seed graph (loaded when the database is empty). */
async function startNeo4jApi(
  recorder: ReturnType<typeof createReadRecorder>,
): Promise<{ api: TestApi; store: string }> {
  const config = readConfig();
  if (!config.neo4j)
    throw new Error('--engine neo4j needs NEO4J_URI (npm run neo4j:local -- start)');
  const catalog = loadCatalog();
  const store = await openConfiguredStore(config, catalog.schema);
  await seedIfEmpty(store, catalog, seedReportsDir);
  await assertHoldsOnlySeedGraph(store, catalog);
  const api = await startTestApi({
    seededStore: store,
    wrapStore: (seeded) => recordReads(seeded, recorder),
  });
  const close = api.close.bind(api);
  api.close = async () => {
    await close();
    await store.close();
  };
  return { api, store: describeStoreTarget(config) };
}

async function serve(engine: BenchEngine): Promise<void> {
  const recorder = createReadRecorder();
  const traces = new Map<string, ReadTrace>();
  const dataDir = process.env.BENCH_DATA_DIR;
  const { api, store, startup } = dataDir
    ? { ...(await startDataDirApi(dataDir, recorder)), store: `embedded store in ${dataDir}` }
    : engine === 'neo4j'
      ? { ...(await startNeo4jApi(recorder)), startup: undefined }
      : {
          api: await startTestApi({ wrapStore: (seeded) => recordReads(seeded, recorder) }),
          store: 'in-memory embedded store',
          startup: undefined,
        };
  const [row] = await api.store.read(api.catalog.queries.reportCount);
  process.on('message', (request: BenchRequest) => {
    answer(api, recorder, traces, request).catch((error: unknown) =>
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.once('disconnect', () => {
    api.close().finally(() => process.exit(0));
  });
  reply({ type: 'ready', url: api.url, reports: Number(row?.reports ?? 0), store, startup });
}

// Only as api.bench.ts's child: run alone (or by `node --test`) there is nobody to answer.
if (process.send && !isRunByTestRunner()) {
  serve(process.argv[2] === 'neo4j' ? 'neo4j' : 'embedded').catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
