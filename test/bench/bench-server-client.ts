import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchEngine, BenchReply, BenchRequest, ServerStartup } from './bench-protocol.js';

/** The forked API server of `bench:api`, spoken to one request at a time. */
export interface BenchServer {
  url: string;
  /** Reports in the seeded store. */
  reports: number;
  /** What the API runs on: `in-memory embedded store` or `Neo4j at bolt://...`. */
  store: string;
  /** What start-up took, when the server opened an existing store (`dataDir`). */
  startup: ServerStartup | undefined;
  /** Sends `request` and resolves with the reply of type `expected`; rejects on `failed`. */
  ask<T extends BenchReply['type']>(
    request: BenchRequest,
    expected: T,
  ): Promise<Extract<BenchReply, { type: T }>>;
  stop(): Promise<void>;
}

/** How long the server may take to close its store and exit once asked to. */
const stopGraceMs = 10_000;

function awaitReply<T extends BenchReply['type']>(
  child: ChildProcess,
  expected: T,
): Promise<Extract<BenchReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: BenchReply) => {
      child.off('exit', onExit);
      if (message.type === expected) resolve(message as Extract<BenchReply, { type: T }>);
      else if (message.type === 'failed') reject(new Error(`bench server: ${message.message}`));
      else reject(new Error(`bench server replied ${message.type}, expected ${expected}`));
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`bench server exited (code ${code}) before replying ${expected}`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Forks `api-bench-server.js` and resolves once its API listens on 127.0.0.1: on `engine` (the
 * embedded engine in memory, or the Neo4j that NEO4J_URI names), or on the embedded database
 * already in `dataDir`.
 */
export async function startBenchServer(
  engine: BenchEngine,
  dataDir?: string,
): Promise<BenchServer> {
  const modulePath = fileURLToPath(new URL('./api-bench-server.js', import.meta.url));
  const env = dataDir ? { ...process.env, BENCH_DATA_DIR: dataDir } : process.env;
  const child = fork(modulePath, [engine], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await awaitReply(child, 'ready').catch((error: unknown) => {
    child.kill();
    throw error;
  });
  return {
    url: ready.url,
    reports: ready.reports,
    store: ready.store,
    startup: ready.startup,
    ask(request, expected) {
      const replied = awaitReply(child, expected);
      child.send(request);
      return replied;
    },
    async stop() {
      if (child.exitCode !== null) return;
      if (child.connected) child.send({ type: 'stop' });
      // A server that does not wind down within the grace period is ended, not waited for.
      const grace = setTimeout(() => child.kill(), stopGraceMs);
      await exited;
      clearTimeout(grace);
    },
  };
}
