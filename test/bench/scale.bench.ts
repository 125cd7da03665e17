/**
 * `npm run bench:scale -- --reports N`: what a corpus of N reports costs, next to the seed graph.
 * Writes a synthetic corpus (synthetic-corpus.ts: the seed reports, then copies naming other
 * forces and months), ingests it into a fresh embedded database as `npm run ingest` would, serves
 * it as `npm start` would, and runs a fixed mix of bounded operations (scale-operations.ts) at 1
 * and at 10 connections, on the seed graph and on the large one in the same run. Prints a table
 * per graph, their comparison, and last one summary line. Asserts nothing: compare figures from
 * one run (docs/benchmarks.md).
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import type { BenchOperation } from './api-operations.js';
import type { ServerStartup } from './bench-protocol.js';
import { startBenchServer } from './bench-server-client.js';
import { formatNumber, formatTable, type Cell } from './format-table.js';
import { runHttpLoad } from './http-load.js';
import type { LoadFigures } from './load-figures.js';
import { isRunByTestRunner, readBenchSettings, type BenchSettings } from './load-settings.js';
import { requestCost } from './query-stats-request.js';
import {
  compareGraphs,
  connectionCounts,
  formatSummaryLine,
  meetsTargets,
  parseScaleArgs,
  type Comparison,
  type GraphFigures,
  type OperationFigures,
} from './scale-figures.js';
import { scaleOperations } from './scale-operations.js';
import type { IngestFigures, IngestReply } from './scale-ingest-child.js';
import { explainInvalidOperation, fetchServedSchema } from './served-schema.js';
import { readSeedReports, writeSyntheticCorpus } from './synthetic-corpus.js';

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Ingests `files` into the database in `dataDir` in a child process and returns its figures. */
function ingestInChild(dataDir: string, files: readonly string[]): Promise<IngestFigures> {
  const modulePath = fileURLToPath(new URL('./scale-ingest-child.js', import.meta.url));
  const child = fork(modulePath, [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, BENCH_DATA_DIR: dataDir },
  });
  return new Promise((resolvePromise, reject) => {
    let answer: IngestReply | undefined;
    child.on('message', (message: IngestReply) => (answer = message));
    child.once('exit', (code) => {
      if (answer?.type === 'ingested') resolvePromise(answer.figures);
      else
        reject(
          new Error(
            `ingestion into ${dataDir} failed: ${answer?.type === 'failed' ? answer.message : `exit code ${code}`}`,
          ),
        );
    });
    child.send([...files]);
  });
}

/**
 * The graph in `dataDir`, ingested from `files` unless an earlier run with `--dir` left it there
 * (its figures are kept beside it in `ingest.json`).
 */
async function prepareGraph(
  dataDir: string,
  files: () => Promise<readonly string[]>,
): Promise<{ figures: IngestFigures; reused: boolean }> {
  const record = join(dataDir, 'ingest.json');
  if (existsSync(record))
    return { figures: JSON.parse(await readFile(record, 'utf8')) as IngestFigures, reused: true };
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const figures = await ingestInChild(dataDir, await files());
  await writeFile(record, `${JSON.stringify(figures, null, 2)}\n`);
  return { figures, reused: false };
}

async function measureOperation(
  operation: BenchOperation,
  url: string,
  settings: BenchSettings,
): Promise<OperationFigures> {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables });
  // One unmeasured request first, so one-off work is not counted.
  await requestCost(url, body);
  const cost = await requestCost(url, body);
  const load = new Map<number, LoadFigures>();
  for (const connections of connectionCounts)
    load.set(connections, await runHttpLoad(url, body, { ...settings, connections }));
  return { name: operation.name, cost, load };
}

/** Serves the database in `dataDir` and runs every operation the served schema accepts. */
async function measureGraph(
  label: string,
  dataDir: string,
  ingest: IngestFigures,
  settings: BenchSettings,
): Promise<GraphFigures> {
  const server = await startBenchServer('embedded', dataDir);
  try {
    const schema: GraphQLSchema = await fetchServedSchema(server.url);
    const operations: OperationFigures[] = [];
    const selected = scaleOperations.filter(
      (op) => !settings.only || settings.only.includes(op.name),
    );
    for (const operation of selected) {
      const invalid = explainInvalidOperation(schema, operation);
      if (invalid) {
        print(
          `  ${label}: skipped ${operation.name}: the served schema does not validate it (${invalid})`,
        );
        continue;
      }
      try {
        operations.push(await measureOperation(operation, server.url, settings));
      } catch (error) {
        print(
          `  ${label}: skipped ${operation.name}: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
    await server.stop();
    // Start-up again on the same store: what every later `npm start` costs.
    const again = await startBenchServer('embedded', dataDir);
    await again.stop();
    return { label, ingest, startup: server.startup!, restart: again.startup, operations };
  } finally {
    await server.stop();
  }
}

function describeStartup(startup: ServerStartup): string {
  return (
    `store ${startup.openMs.toFixed(0)} ms, search index ${startup.searchMs.toFixed(0)} ms ` +
    `(${startup.searchSource === 'file' ? 'loaded from the saved file' : 'built from the graph'}), ready after ${startup.readyMs.toFixed(0)} ms`
  );
}

function printGraph(graph: GraphFigures): void {
  const { ingest, startup } = graph;
  print(
    `${graph.label}: ${ingest.reports} reports, ${startup.nodes} nodes, ${startup.relationships} relationships; ` +
      `ingested in ${ingest.seconds.toFixed(1)} s, peak ${ingest.peakRssMiB.toFixed(0)} MiB; ` +
      `start-up: ${describeStartup(startup)}`,
  );
  if (graph.restart) print(`  started again: ${describeStartup(graph.restart)}`);
  const headers = ['operation', 'db queries/req', 'db ms/req'];
  for (const c of connectionCounts) headers.push(`req/s @${c}`, `p50 @${c}`, `p99 @${c}`);
  headers.push(`errors @${connectionCounts.at(-1)}`);
  print(
    formatTable(
      headers,
      graph.operations.map((op): Cell[] => {
        const cells: Cell[] = [op.name, op.cost.dbQueries, formatNumber(op.cost.dbTimeMs, 2)];
        for (const c of connectionCounts) {
          const figures = op.load.get(c)!;
          cells.push(
            formatNumber(figures.perSecond, 1),
            formatNumber(figures.p50Ms, 2),
            formatNumber(figures.p99Ms, 2),
          );
        }
        cells.push(op.load.get(connectionCounts.at(-1)!)!.errors);
        return cells;
      }),
    ),
  );
}

function printComparison(comparisons: readonly Comparison[], reports: number): void {
  print(
    `Growth from the seed graph to ${reports} reports (targets: p99 at 1 connection ≤ 2× seed and < 50 ms; at 10 connections no errors, req/s ≥ 0.8× seed)`,
  );
  print(
    formatTable(
      [
        'operation',
        'p99 seed',
        `p99 ${reports}`,
        'growth',
        'req/s ratio @10',
        'errors @10',
        'meets targets',
      ],
      comparisons.map((c): Cell[] => [
        c.name,
        formatNumber(c.seedP99, 2),
        formatNumber(c.largeP99, 2),
        formatNumber(c.growth, 2),
        formatNumber(c.rateRatio, 2),
        c.errors,
        meetsTargets(c) ? 'yes' : 'no',
      ]),
    ),
  );
}

async function main(): Promise<void> {
  if (isRunByTestRunner()) {
    print('bench:scale: not run under node --test; use npm run bench:scale');
    return;
  }
  const args = parseScaleArgs(process.argv.slice(2));
  const settings = readBenchSettings();
  const root = args.dir ?? (await mkdtemp(join(tmpdir(), 'bench-scale-')));
  try {
    const seedFiles = await listReportFiles(seedReportsDir);
    print(
      `bench:scale: ${args.reports} reports (${seedFiles.length} seed reports and ${Math.max(0, args.reports - seedFiles.length)} synthetic copies), ` +
        `${settings.seconds} s per operation and connection count, in ${root}`,
    );
    const seed = await prepareGraph(join(root, 'seed-graph'), async () => seedFiles);
    const large = await prepareGraph(join(root, `graph-${args.reports}`), async () => {
      const vocabulary = await loadVocabulary();
      const seeds = await readSeedReports(seedFiles, vocabulary);
      print(`  writing the corpus of ${args.reports} reports`);
      return writeSyntheticCorpus(
        join(root, `corpus-${args.reports}`),
        seeds,
        vocabulary.forces,
        args.reports,
      );
    });
    for (const [name, graph] of [
      ['seed', seed],
      [`${args.reports} reports`, large],
    ] as const)
      if (graph.reused) print(`  ${name}: reusing the graph ingested earlier in this folder`);
    const seedFigures = await measureGraph(
      'seed graph',
      join(root, 'seed-graph'),
      seed.figures,
      settings,
    );
    const largeFigures = await measureGraph(
      `${args.reports}-report graph`,
      join(root, `graph-${args.reports}`),
      large.figures,
      settings,
    );
    print();
    printGraph(seedFigures);
    print();
    printGraph(largeFigures);
    print();
    const comparisons = compareGraphs(seedFigures, largeFigures);
    printComparison(comparisons, args.reports);
    print();
    print(formatSummaryLine(args.reports, largeFigures, comparisons));
  } finally {
    if (!args.dir) await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
