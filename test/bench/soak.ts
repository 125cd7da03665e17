/**
 * `npm run soak` (not part of `npm test`): the served graph under 60 s of mixed load at 20
 * connections while a second client sends hostile inputs, the way the audit did. Starts the
 * real `npm start` entry point on a fresh DATA_DIR (it seeds itself; rate limiting off, as
 * both clients share one address), then prints req/s, p50/p99, non-2xx and 5xx counts, and
 * the server's resident memory idle, at the peak of the load and a minute after it. Zero 5xx
 * is the pass; the exit code says so. SOAK_SECONDS and SOAK_CONNECTIONS change the load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { benchOperations } from './api-operations.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 20);
const settleSeconds = Number(process.env.SOAK_SETTLE_SECONDS ?? 60);

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '5xx': number;
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Resident memory of a process in MiB, from /proc. */
function residentMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** A port no one listens on now (the OS picks it; the server takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `npm start`'s entry point and resolves once /readyz answers 200 (the seed graph is
 * loaded). Its logs stay at `warn`: request lines would cost the server CPU during the load.
 */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const script = fileURLToPath(new URL('../../src/cli/serve.js', import.meta.url));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited with ${exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, url };
    await delay(250);
  }
}

/** The audit's hostile inputs, as (description, request) pairs sent in turn. */
function hostileRequests(url: string): { name: string; init: () => Promise<Response> }[] {
  const post =
    (body: string, headers: Record<string, string> = {}) =>
    () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
  const query = (q: string, variables?: unknown) => post(JSON.stringify({ query: q, variables }));
  const aliases = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  return [
    {
      name: '200 sharedWeaknesses aliases',
      init: query(aliases(200, 'sharedWeaknesses { topic { name } }')),
    },
    {
      name: '120 paths aliases',
      init: query(
        aliases(
          120,
          'paths(fromId: "metropolitan-police", toId: "thames-valley-police") { nodes { id } }',
        ),
      ),
    },
    {
      name: '90 kB id',
      init: query('query ($id: ID!) { gradeComparison(themeId: $id) { theme { id } } }', {
        id: 'x'.repeat(90_000),
      }),
    },
    {
      name: 'NUL and injection strings',
      init: query('query ($q: String!) { search(query: $q) { nodes { score } } }', {
        q: "\u0000' OR 1=1 //",
      }),
    },
    { name: 'mutation', init: query('mutation { forces { id } }') },
    { name: 'subscription', init: query('subscription { forces { id } }') },
    {
      name: 'cyclic fragments',
      init: query('{ forces { ...A } } fragment A on Force { ...B } fragment B on Force { ...A }'),
    },
    {
      name: 'deep nesting',
      init: query(`{ forces { ${'reports { force { '.repeat(20)}id${' } }'.repeat(20)} } }`),
    },
    { name: 'malformed JSON', init: post('{"query": ') },
    {
      name: '5 MB body',
      init: post(JSON.stringify({ query: `{ forces { id } } #${'x'.repeat(5_000_000)}` })),
    },
    { name: 'forged cursor', init: query('{ findings(after: "Zm9yZ2Vk") { totalCount } }') },
    {
      name: 'batched array',
      init: post(JSON.stringify([{ query: '{ forces { id } }' }, { query: '{ themes { id } }' }])),
    },
  ];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'soak-'));
  console.log(`soak: starting the server on a fresh DATA_DIR (it seeds itself) ...`);
  const { child, url: base } = await startServer(dataDir);
  const url = `${base}/graphql`;
  const pid = child.pid!;
  try {
    for (const op of benchOperations)
      await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        })
      ).arrayBuffer();
    await delay(2000);
    const idle = residentMiB(pid);
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 500);
    let stopHostile = false;
    const hostile = { sent: 0, status5xx: 0, statuses: new Map<number, number>() };
    const hostileLoop = (async () => {
      const requests = hostileRequests(url);
      for (let i = 0; !stopHostile; i++) {
        const request = requests[i % requests.length]!;
        try {
          const response = await request.init();
          await response.arrayBuffer();
          hostile.sent += 1;
          hostile.statuses.set(response.status, (hostile.statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) {
            hostile.status5xx += 1;
            console.log(`  5xx from hostile request: ${request.name}`);
          }
        } catch (error) {
          console.log(`  hostile request ${request.name} failed: ${(error as Error).message}`);
        }
      }
    })();
    const requests = benchOperations.map((op) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    }));
    console.log(
      `soak: ${seconds} s of mixed load (${benchOperations.length} operations) at ${connections} connections, hostile client beside it`,
    );
    const result = await new Promise<AutocannonResult>((resolve, reject) =>
      autocannon({ url: base, connections, duration: seconds, requests }, (error, done) =>
        error ? reject(error) : resolve(done),
      ),
    );
    stopHostile = true;
    await hostileLoop;
    clearInterval(sampler);
    const during = peak;
    console.log(`soak: load over; waiting ${settleSeconds} s for memory to settle`);
    await delay(settleSeconds * 1000);
    const after = residentMiB(pid);
    const fivexx = result['5xx'] + hostile.status5xx;
    console.log('');
    console.log(
      `mixed load     ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.total} requests, non-2xx ${result.non2xx}, 5xx ${result['5xx']}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    console.log(
      `hostile client ${hostile.sent} requests, statuses ${[...hostile.statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')}, 5xx ${hostile.status5xx}`,
    );
    console.log(
      `resident memory idle ${idle} MiB, peak during ${during} MiB, ${settleSeconds} s after ${after} MiB (${(((after - idle) / idle) * 100).toFixed(1)}% over idle)`,
    );
    console.log(fivexx === 0 ? 'soak: PASS (no 5xx)' : `soak: FAIL (${fivexx} 5xx)`);
    process.exitCode = fivexx === 0 ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
