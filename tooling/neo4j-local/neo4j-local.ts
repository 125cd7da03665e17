/**
 * `npm run neo4j:local -- start|stop|status`: a local Neo4j Community server for the tests
 * and CI (local-neo4j.ts does the work).
 *
 * - `start` prints exactly three lines on stdout, for a shell or a script:
 *       NEO4J_URI=bolt://127.0.0.1:<port>
 *       NEO4J_USER=neo4j
 *       NEO4J_PASSWORD=<password>
 *   so `export $(npm run --silent neo4j:local -- start)` points every command at it. A second
 *   `start` while it runs prints the same lines. Progress goes to stderr.
 * - `stop` stops it and removes its data; `status` says whether it runs (exit 0) or not (3).
 *
 * Settings: NEO4J_LOCAL_PORT (default: a free port), NEO4J_LOCAL_HEAP (default 768m); Maven's
 * own (MAVEN_OPTS=-Dmaven.repo.local=<folder> for another cache). A failure prints one line
 * on stderr and exits 1; a wrong command line exits 2.
 */
import {
  LocalNeo4jError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jServer,
} from './local-neo4j.js';

const usage = 'usage: npm run neo4j:local -- start|stop|status';

function say(line: string): void {
  process.stderr.write(`neo4j:local: ${line}\n`);
}

function where(server: LocalNeo4jServer): string {
  return `Neo4j ${server.version} on ${server.uri} (pid ${server.pid}, data in ${server.home})`;
}

function readPort(): number | undefined {
  const raw = process.env.NEO4J_LOCAL_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(`NEO4J_LOCAL_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start': {
      const started = Date.now();
      const port = readPort();
      const server = await startLocalNeo4j({
        ...(port === undefined ? {} : { port }),
        progress: say,
      });
      say(
        server.reused
          ? `reusing the running ${where(server)}`
          : `started ${where(server)} in ${Math.round((Date.now() - started) / 1000)} s`,
      );
      process.stdout.write(
        `NEO4J_URI=${server.uri}\nNEO4J_USER=${server.user}\nNEO4J_PASSWORD=${server.password}\n`,
      );
      return 0;
    }
    case 'stop': {
      say((await stopLocalNeo4j()) ? 'stopped; data removed' : 'was not running');
      return 0;
    }
    case 'status': {
      const server = await localNeo4jStatus();
      process.stdout.write(server ? `running: ${where(server)}\n` : 'not running\n');
      return server ? 0 : 3;
    }
    default:
      say(usage);
      return 2;
  }
}

const args = process.argv.slice(2);
main(args.length === 1 ? args[0] : undefined)
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    say(error instanceof LocalNeo4jError ? error.message : `failed: ${String(error)}`);
    process.exitCode = 1;
  });
