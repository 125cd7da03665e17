/**
 * A local Neo4j Community server for tests, CI and trying the Neo4j path by hand, run from the
 * project's own files: Maven resolves the server's jars from `pom.xml` (which pins the version)
 * into its cache, and `java` runs `LocalNeo4j.java` from source with them. Behind
 * `npm run neo4j:local -- start|stop|status` (neo4j-local.ts) and the tests that stop and start
 * a server of their own.
 *
 * One server per home folder. The home holds `server.json` (pid, port, password, version), the
 * database files (`dbms/`) and the server's output (`server.log`); `stop` removes it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import neo4j from 'neo4j-driver';

import { projectRoot } from '../../src/paths.js';

const toolDir = join(projectRoot, 'tooling', 'neo4j-local');
const pomFile = join(toolDir, 'pom.xml');
const launcherFile = join(toolDir, 'LocalNeo4j.java');
/** Where the default server lives: the project's ignored temp folder. */
export const defaultHome = join(projectRoot, '.tmp', 'neo4j-local');
/** The built-in account of a Neo4j server; the launcher gives it the password. */
const user = 'neo4j';

/** A failure with one line that says what went wrong and, where it helps, what to do. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  /** The server's folder; default `.tmp/neo4j-local` in the project. */
  readonly home?: string;
  /** Bolt port on 127.0.0.1; default: a free one. */
  readonly port?: number;
  /** The password to give user `neo4j`; default: a random one. */
  readonly password?: string;
  /** The JVM's maximum heap (`-Xmx`); default `NEO4J_LOCAL_HEAP` or 768m. */
  readonly heap?: string;
  /** How long to wait for Bolt to answer; default 180 s (the first start compiles the launcher). */
  readonly startTimeoutMs?: number;
  /** Progress lines (resolving, starting); the CLI writes them to stderr. */
  readonly progress?: (line: string) => void;
}

/** How to reach a running local server, and which server it is. */
export interface LocalNeo4jServer {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly port: number;
  readonly pid: number;
  /** `5.26.30 community`, as the server reports it. */
  readonly version: string;
  readonly home: string;
  /** True when `start` found this server already running and reused it. */
  readonly reused: boolean;
}

interface ServerState {
  readonly pid: number;
  readonly port: number;
  readonly password: string;
  readonly version: string;
}

/** The Neo4j version `pom.xml` pins. */
export function pinnedNeo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match) throw new LocalNeo4jError(`${pomFile} does not set <neo4j.version>`);
  return match[1]!.trim();
}

/**
 * Starts a server in `options.home`, or reuses the one already running there, and resolves
 * once it answers on Bolt with its credentials. Throws `LocalNeo4jError` with one line when
 * Java or Maven is missing, Maven cannot resolve the server, the port is taken, or the
 * server exits or does not answer in time.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4jServer> {
  const home = options.home ?? defaultHome;
  const running = await runningServer(home);
  if (running) return running;
  const progress = options.progress ?? (() => {});
  checkJava();
  const classPath = resolveClassPath(progress);
  const port = options.port ?? (await freePort());
  if (options.port !== undefined) await assertPortFree(port);
  const password = options.password ?? randomBytes(18).toString('base64url');
  const heap = options.heap ?? process.env.NEO4J_LOCAL_HEAP ?? '768m';

  rmSync(join(home, 'server.json'), { force: true });
  mkdirSync(home, { recursive: true });
  const logFile = join(home, 'server.log');
  const log = openSync(logFile, 'w');
  progress(`starting Neo4j ${pinnedNeo4jVersion()} on 127.0.0.1:${port} (heap ${heap})`);
  const child = spawn(
    'java',
    [`-Xmx${heap}`, '-cp', classPath, launcherFile, join(home, 'dbms'), String(port), password],
    { detached: true, stdio: ['ignore', log, log] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('could not start java');
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = signal ?? `status ${code}`));
  child.unref();

  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  for (;;) {
    const output = readFileSync(logFile, 'utf8');
    const failed = /^failed: (.*)$/m.exec(output);
    if (failed || exited !== undefined) {
      killQuietly(pid);
      const reason = failed?.[1] ?? lastLine(output) ?? 'no output';
      throw new LocalNeo4jError(
        `the Neo4j server exited during start (${exited ?? 'failed'}): ${reason}; log: ${logFile}`,
      );
    }
    const ready = /^ready (.*)$/m.exec(output);
    if (ready) {
      const state: ServerState = { pid, port, password, version: ready[1]!.trim() };
      await waitForBolt(state, deadline);
      writeFileSync(join(home, 'server.json'), `${JSON.stringify(state, null, 2)}\n`);
      return describe(home, state, false);
    }
    if (Date.now() > deadline) {
      killQuietly(pid);
      throw new LocalNeo4jError(
        `the Neo4j server did not start within ${Math.round((options.startTimeoutMs ?? 180_000) / 1000)} s; log: ${logFile}`,
      );
    }
    await delay(250);
  }
}

/**
 * Stops the server in `home` (SIGTERM, so the databases shut down cleanly; SIGKILL after
 * 60 s) and removes the folder, unless `keepData`: then only the running state goes and the
 * next `start` in the same home opens the same databases. Resolves false when none ran.
 */
export async function stopLocalNeo4j(
  home: string = defaultHome,
  options: { keepData?: boolean } = {},
): Promise<boolean> {
  const state = readState(home);
  let stopped = false;
  if (state && isLauncher(state.pid, home)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (isAlive(state.pid) && Date.now() < deadline) await delay(100);
    if (isAlive(state.pid)) killQuietly(state.pid);
    stopped = true;
  }
  if (options.keepData) rmSync(join(home, 'server.json'), { force: true });
  else rmSync(home, { recursive: true, force: true });
  return stopped;
}

/** The server running in `home`, or undefined. */
export async function localNeo4jStatus(
  home: string = defaultHome,
): Promise<LocalNeo4jServer | undefined> {
  const state = readState(home);
  return state && isLauncher(state.pid, home) ? describe(home, state, true) : undefined;
}

/** The running server in `home` if it answers on Bolt; clears a stale state file. */
async function runningServer(home: string): Promise<LocalNeo4jServer | undefined> {
  const state = readState(home);
  if (!state) return undefined;
  if (isLauncher(state.pid, home)) {
    try {
      await waitForBolt(state, Date.now() + 10_000);
      return describe(home, state, true);
    } catch {
      // It runs but does not answer: replace it.
      killQuietly(state.pid);
    }
  }
  rmSync(join(home, 'server.json'), { force: true });
  return undefined;
}

function describe(home: string, state: ServerState, reused: boolean): LocalNeo4jServer {
  return {
    uri: `bolt://127.0.0.1:${state.port}`,
    user,
    password: state.password,
    port: state.port,
    pid: state.pid,
    version: state.version,
    home,
    reused,
  };
}

function readState(home: string): ServerState | undefined {
  try {
    return JSON.parse(readFileSync(join(home, 'server.json'), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

/** Java 17 or newer with its compiler (source-file mode needs a JDK, not a JRE). */
function checkJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError(
      'Java not found on PATH: Neo4j 5.26 needs a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless)',
    );
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1]);
  if (!(major >= 17)) {
    throw new LocalNeo4jError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} found, Neo4j 5.26 needs 17 or 21`,
    );
  }
}

/**
 * The server's class path, resolved by Maven from pom.xml into its local repository (the first
 * run downloads about 100 MB). Cached under .tmp/ by the pom's content, and resolved again
 * when a jar it names has gone (a cleaned Maven cache).
 */
function resolveClassPath(progress: (line: string) => void): string {
  const pom = readFileSync(pomFile);
  const key = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cacheFile = join(projectRoot, '.tmp', `neo4j-local-classpath-${key}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  progress(`resolving Neo4j ${pinnedNeo4jVersion()} with Maven (the first time downloads it)`);
  const maven = spawnSync(
    'mvn',
    ['-B', '-q', '-f', pomFile, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`],
    { encoding: 'utf8' },
  );
  if (maven.error) {
    throw new LocalNeo4jError(
      'Maven (mvn) not found on PATH: it fetches the Neo4j server (Debian: apt-get install maven)',
    );
  }
  if (maven.status !== 0 || !existsSync(cacheFile)) {
    const output = `${maven.stdout}\n${maven.stderr}`;
    const reason = /\[ERROR\] (.+)/.exec(output)?.[1] ?? lastLine(output) ?? `exit ${maven.status}`;
    rmSync(cacheFile, { force: true });
    throw new LocalNeo4jError(
      `Maven could not resolve org.neo4j:neo4j:${pinnedNeo4jVersion()}: ${reason}`,
    );
  }
  return readFileSync(cacheFile, 'utf8').trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new LocalNeo4jError(
          error.code === 'EADDRINUSE'
            ? `port ${port} on 127.0.0.1 is in use: stop what holds it or choose another port`
            : `port ${port} on 127.0.0.1 cannot be used: ${error.message}`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Resolves once the server accepts the credentials over Bolt; throws at the deadline. */
async function waitForBolt(state: ServerState, deadline: number): Promise<void> {
  const driver = neo4j.driver(
    `bolt://127.0.0.1:${state.port}`,
    neo4j.auth.basic(user, state.password),
    { connectionTimeout: 2000 },
  );
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            `Bolt on 127.0.0.1:${state.port} did not answer: ${(error as Error).message}`,
          );
        }
        await delay(250);
      }
    }
  } finally {
    await driver.close();
  }
}

/** True when `pid` is this home's launcher (not a process that reused the pid). */
function isLauncher(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes('LocalNeo4j.java') && commandLine.includes(join(home, 'dbms'));
  } catch {
    // No /proc (macOS): the pid answering is the best evidence there is.
    return true;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function lastLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
}
