/**
 * The server side of `npm run bench:api`, forked by `api.bench.ts`: the real API over HTTP on
 * 127.0.0.1, on an in-memory embedded store seeded with every report, or (argument `neo4j`) on
 * the Neo4j that NEO4J_URI names, opened like `npm start` and seeded when empty; a recorder
 * sits between the API and the store. It answers the messages of `bench-protocol.ts` until
 * told to stop.
 */
import { describeStoreTarget } from '../../src/cli/store-target.js';
import { readConfig } from '../../src/config/config.js';
import { openConfiguredStore } from '../../src/graph/open-store.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { seedIfEmpty } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { assertHoldsOnlySeedGraph } from '../conformance/neo4j-target.js';
import type { BenchEngine, BenchReply, BenchRequest } from './bench-protocol.js';
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
  const { api, store } =
    engine === 'neo4j'
      ? await startNeo4jApi(recorder)
      : {
          api: await startTestApi({ wrapStore: (seeded) => recordReads(seeded, recorder) }),
          store: 'in-memory embedded store',
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
  reply({ type: 'ready', url: api.url, reports: Number(row?.reports ?? 0), store });
}

// Only as api.bench.ts's child: run alone (or by `node --test`) there is nobody to answer.
if (process.send && !isRunByTestRunner()) {
  serve(process.argv[2] === 'neo4j' ? 'neo4j' : 'embedded').catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
