/**
 * The ingestion side of `npm run bench:scale`, forked by `scale.bench.ts` so that its peak memory
 * is its own: ingests the report files it is given into the embedded database in BENCH_DATA_DIR
 * through the path `npm run ingest` takes (production store settings, the same loader), then
 * reports the figures to its parent and exits.
 */
import { performance } from 'node:perf_hooks';
import { readConfig } from '../../src/config/config.js';
import { openConfiguredStore } from '../../src/graph/open-store.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { defaultReportsPerCommit, ingestReportFiles } from '../../src/ingest/io/load-reports.js';
import { isRunByTestRunner } from './load-settings.js';

/** What the child reports when it is done. */
export interface IngestFigures {
  reports: number;
  nodes: number;
  relationships: number;
  /** From opening the store to closing it, ingestion included. */
  seconds: number;
  /** The child's peak resident memory. */
  peakRssMiB: number;
}

export type IngestReply =
  { type: 'ingested'; figures: IngestFigures } | { type: 'failed'; message: string };

async function ingest(dataDir: string, files: readonly string[]): Promise<IngestFigures> {
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, NEO4J_URI: '' });
  const catalog = loadCatalog();
  const started = performance.now();
  const store = await openConfiguredStore(config, catalog.schema);
  try {
    // As `npm run ingest` does with this many files: a group of reports per transaction.
    const summary = await ingestReportFiles(store, catalog, files, {
      maxReportBytes: config.maxReportBytes,
      ...(files.length > defaultReportsPerCommit && { reportsPerCommit: defaultReportsPerCommit }),
    });
    const [nodes] = await store.read(catalog.queries.nodeCount);
    const [relationships] = await store.read(catalog.queries.relationshipCount);
    await store.close();
    return {
      reports: summary.reports,
      nodes: Number(nodes?.nodes ?? 0),
      relationships: Number(relationships?.relationships ?? 0),
      seconds: (performance.now() - started) / 1000,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function reply(message: IngestReply): void {
  process.send?.(message);
}

// Only as scale.bench.ts's child: the files come as IPC message, the folder in the environment.
if (process.send && !isRunByTestRunner()) {
  process.once('message', (files: string[]) => {
    const dataDir = process.env.BENCH_DATA_DIR;
    (dataDir ? ingest(dataDir, files) : Promise.reject(new Error('BENCH_DATA_DIR is not set')))
      .then(
        (figures) => reply({ type: 'ingested', figures }),
        (error: unknown) =>
          reply({
            type: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
      .finally(() => process.disconnect());
  });
}
