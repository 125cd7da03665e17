/**
 * `npm run bench:ingest`: time and peak memory to parse all seed reports and to load the
 * resulting graph into a fresh embedded store. Prints figures; asserts nothing (machines are
 * shared and noisy: compare figures from one run, and medians over several repetitions).
 */
import { performance } from 'node:perf_hooks';
import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { parseReportFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { openTestStore } from '../support/embedded-store.js';

const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function main(): Promise<void> {
  const files = await listReportFiles(seedReportsDir);
  const vocabulary = await loadVocabulary();
  const catalog = loadCatalog();
  const parse: number[] = [];
  const build: number[] = [];
  const load: number[] = [];
  let counts = { nodes: 0, relationships: 0, statements: 0 };
  for (let i = 0; i < repetitions; i++) {
    const [parseMs, reports] = await time(() => parseReportFiles(files, vocabulary));
    const [buildMs, dataset] = await time(() => buildDataset(reports, vocabulary));
    const store = await openTestStore(catalog.schema.embedded);
    const [loadMs, summary] = await time(() => loadDataset(store, dataset, catalog.load));
    await store.close();
    parse.push(parseMs);
    build.push(buildMs);
    load.push(loadMs);
    counts = summary;
  }
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `bench:ingest: ${files.length} reports, ${counts.nodes} nodes, ${counts.relationships} relationships, ${counts.statements} statements; median of ${repetitions} runs`,
    `  read + parse       ${median(parse).toFixed(1)} ms`,
    `  build dataset      ${median(build).toFixed(1)} ms`,
    `  load (embedded)    ${median(load).toFixed(1)} ms (one transaction, fresh in-memory store)`,
    `  total              ${(median(parse) + median(build) + median(load)).toFixed(1)} ms`,
    `  peak RSS           ${peakRssMiB.toFixed(0)} MiB (whole process, including the engine's buffer pool)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
