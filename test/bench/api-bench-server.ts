/**
 * The server side of `npm run bench:api`, forked by `api.bench.ts`: the real API over HTTP on
 * 127.0.0.1, on an in-memory embedded store seeded with every report, with a recorder between
 * the API and the store; it answers the messages of `bench-protocol.ts` until told to stop.
 */
import type { BenchReply, BenchRequest } from './bench-protocol.js';
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

async function serve(): Promise<void> {
  const recorder = createReadRecorder();
  const traces = new Map<string, ReadTrace>();
  const api = await startTestApi({ wrapStore: (store) => recordReads(store, recorder) });
  const [row] = await api.store.read(api.catalog.queries.reportCount);
  process.on('message', (request: BenchRequest) => {
    answer(api, recorder, traces, request).catch((error: unknown) =>
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.once('disconnect', () => {
    api.close().finally(() => process.exit(0));
  });
  reply({ type: 'ready', url: api.url, reports: Number(row?.reports ?? 0) });
}

// Only as api.bench.ts's child: run alone (or by `node --test`) there is nobody to answer.
if (process.send && !isRunByTestRunner()) {
  serve().catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
