import type { BenchEngine } from './bench-protocol.js';

/** How hard and how long each load run pushes; both modes get the same. */
export interface LoadSettings {
  /** Operations in flight at once (HTTP connections, or concurrent replays). */
  connections: number;
  /** Length of each run in seconds. */
  seconds: number;
  /** A run also stops after this many operations, whichever comes first. */
  maxRequests: number;
}

/** Everything `bench:api` reads from the environment. */
export interface BenchSettings extends LoadSettings {
  /** A running server's GraphQL endpoint (BENCH_URL); undefined starts one in memory. */
  url: string | undefined;
  /** Operation names to run (BENCH_OPS, comma separated); undefined runs them all. */
  only: readonly string[] | undefined;
  /** The store the started server runs on: `--engine neo4j` or BENCH_ENGINE; default embedded. */
  engine: BenchEngine;
}

/** `--engine <name>` from the command line, else BENCH_ENGINE, else `embedded`. */
function readEngine(env: NodeJS.ProcessEnv, argv: readonly string[]): BenchEngine {
  const flag = argv.indexOf('--engine');
  const text = (flag >= 0 ? argv[flag + 1] : env.BENCH_ENGINE)?.trim() || 'embedded';
  if (text !== 'embedded' && text !== 'neo4j')
    throw new RangeError(`--engine (BENCH_ENGINE) must be embedded or neo4j, got "${text}"`);
  return text;
}

function readPositiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got "${text}"`);
  return value;
}

function readUrl(env: NodeJS.ProcessEnv): string | undefined {
  const text = env.BENCH_URL?.trim();
  if (!text) return undefined;
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RangeError(`BENCH_URL must be an http(s) GraphQL endpoint, got "${text}"`);
  return url.href;
}

/**
 * Reads BENCH_SECONDS (default 5), BENCH_CONNECTIONS (10), BENCH_MAX_REQUESTS (100000 per
 * run), BENCH_URL, BENCH_OPS and `--engine`/BENCH_ENGINE; throws, naming the variable, on a
 * value that cannot be used.
 */
export function readBenchSettings(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): BenchSettings {
  const only = env.BENCH_OPS?.split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return {
    seconds: readPositiveInteger(env, 'BENCH_SECONDS', 5),
    connections: readPositiveInteger(env, 'BENCH_CONNECTIONS', 10),
    maxRequests: readPositiveInteger(env, 'BENCH_MAX_REQUESTS', 100_000),
    url: readUrl(env),
    only: only && only.length > 0 ? only : undefined,
    engine: readEngine(env, argv),
  };
}

/**
 * True when `node --test` runs this file: `npm test` passes the whole of dist/test/ to the
 * runner, which on Node 20 runs every .js file under a `test` directory, benchmarks included.
 */
export function isRunByTestRunner(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_TEST_CONTEXT !== undefined;
}
