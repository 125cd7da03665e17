/**
 * `npm run bench:api`: the GraphQL API under load, operation by operation (api-operations.ts),
 * next to the same store reads run as raw Cypher, so the cost of GraphQL and HTTP shows as a
 * ratio. Prints figures; asserts nothing (machines are shared and noisy: compare figures from
 * one run). Settings: see `readBenchSettings` and docs/benchmarks.md.
 */
import { benchOperations, type BenchOperation } from './api-operations.js';
import { startBenchServer, type BenchServer } from './bench-server-client.js';
import { formatNumber, formatTable, type Cell } from './format-table.js';
import { runHttpLoad } from './http-load.js';
import type { LoadFigures } from './load-figures.js';
import { isRunByTestRunner, readBenchSettings, type BenchSettings } from './load-settings.js';
import { requestCost, type RequestCost } from './query-stats-request.js';
import { explainInvalidOperation, fetchServedSchema } from './served-schema.js';

/** Everything measured for one operation. */
interface OperationResult {
  name: string;
  cost: RequestCost;
  http: LoadFigures;
  raw?: { reads: number; waves: number; figures: LoadFigures };
}

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** The operations to run: all, or those BENCH_OPS names (an unknown name is an error). */
function selectOperations(only: readonly string[] | undefined): readonly BenchOperation[] {
  if (!only) return benchOperations;
  const unknown = only.filter((name) => !benchOperations.some((op) => op.name === name));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_OPS names unknown operations: ${unknown.join(', ')} (known: ${benchOperations.map((op) => op.name).join(', ')})`,
    );
  return benchOperations.filter((op) => only.includes(op.name));
}

async function measureOperation(
  operation: BenchOperation,
  url: string,
  server: BenchServer | undefined,
  settings: BenchSettings,
): Promise<OperationResult> {
  const variables = { ...operation.variables, ...(await operation.prepareVariables?.(url)) };
  const body = JSON.stringify({ query: operation.query, variables });
  // One unmeasured request first, so one-off work (building the search index) is neither
  // counted nor replayed; the request that reports its cost is the one the raw mode replays.
  await requestCost(url, body);
  await server?.ask({ type: 'record-start' }, 'recording');
  let cost: RequestCost;
  let recorded: { reads: number; waves: number } | undefined;
  try {
    cost = await requestCost(url, body);
  } finally {
    recorded = await server?.ask({ type: 'record-stop', name: operation.name }, 'recorded');
  }
  const http = await runHttpLoad(url, body, settings);
  if (!server || !recorded) return { name: operation.name, cost, http };
  const { figures } = await server.ask(
    { type: 'replay', name: operation.name, settings },
    'replayed',
  );
  return {
    name: operation.name,
    cost,
    http,
    raw: { reads: recorded.reads, waves: recorded.waves, figures },
  };
}

function printResults(results: readonly OperationResult[]): void {
  print('GraphQL over HTTP (autocannon; db figures from one request with x-query-stats: 1)');
  print(
    formatTable(
      ['operation', 'db queries/req', 'db ms/req', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
      results.map((r): Cell[] => [
        r.name,
        r.cost.dbQueries,
        formatNumber(r.cost.dbTimeMs, 2),
        formatNumber(r.http.perSecond, 1),
        formatNumber(r.http.p50Ms, 2),
        formatNumber(r.http.p99Ms, 2),
        r.http.errors,
      ]),
    ),
  );
  const withRaw = results.filter((r) => r.raw);
  if (withRaw.length === 0) return;
  print();
  print('Raw Cypher (the same reads replayed against the store in-process, wave by wave)');
  print(
    formatTable(
      ['operation', 'reads', 'waves', 'ops/s', 'p50 ms', 'p99 ms', 'errors', 'rate G/R', 'p50 G/R'],
      withRaw.map((r): Cell[] => {
        const raw = r.raw!;
        return [
          r.name,
          raw.reads,
          raw.waves,
          formatNumber(raw.figures.perSecond, 1),
          formatNumber(raw.figures.p50Ms, 2),
          formatNumber(raw.figures.p99Ms, 2),
          raw.figures.errors,
          formatNumber(r.http.perSecond / raw.figures.perSecond, 2),
          formatNumber(r.http.p50Ms / raw.figures.p50Ms, 1),
        ];
      }),
    ),
  );
  print('rate G/R: GraphQL req/s ÷ raw ops/s (1 = no overhead); p50 G/R: GraphQL p50 ÷ raw p50');
}

async function main(): Promise<void> {
  if (isRunByTestRunner()) {
    print('bench:api: not run under node --test; use npm run bench:api');
    return;
  }
  const settings = readBenchSettings();
  const operations = selectOperations(settings.only);
  const server = settings.url ? undefined : await startBenchServer(settings.engine);
  try {
    const url = settings.url ?? server!.url;
    const schema = await fetchServedSchema(url);
    print(
      `bench:api: ${settings.connections} connections, ${settings.seconds} s per operation and mode (at most ${settings.maxRequests} requests)`,
    );
    print(
      server
        ? `  server: forked child, ${server.store} seeded with ${server.reports} reports, ${url}`
        : `  server: ${url} (BENCH_URL); raw Cypher skipped: it replays reads recorded inside a server this run starts`,
    );
    const results: OperationResult[] = [];
    for (const operation of operations) {
      const invalid = explainInvalidOperation(schema, operation);
      if (invalid) {
        print(`  skipped ${operation.name}: the served schema does not validate it (${invalid})`);
        continue;
      }
      try {
        results.push(await measureOperation(operation, url, server, settings));
      } catch (error) {
        print(`  skipped ${operation.name}: ${error instanceof Error ? error.message : error}`);
      }
    }
    print();
    printResults(results);
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
