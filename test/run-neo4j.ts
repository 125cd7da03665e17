/**
 * The Neo4j part of the tests: every test file under test/neo4j/ (the conformance suite on
 * Neo4j, the API over HTTP on Neo4j compared with the embedded answers, the commands, values
 * and errors on a real server), run one file at a time because they share one database.
 * `npm test` runs it last and `npm run test:neo4j` runs it alone.
 *
 * With NEO4J_URI set it first prints which server answers (`Neo4j/5.26.30 community at
 * bolt://...`), then runs the files; it fails when a test fails or, with NEO4J_REQUIRED=1 (as
 * CI sets), when any test was skipped. Without NEO4J_URI it prints one line saying the Neo4j
 * part was skipped and which command enables it, and exits 0 (1 with NEO4J_REQUIRED=1).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

import { ConfigError, readConfig, type AppConfig } from '../src/config/config.js';
import { describeStoreTarget } from '../src/cli/store-target.js';

const neo4jTestsDir = fileURLToPath(new URL('./neo4j/', import.meta.url));
const enable =
  'export $(npm run --silent neo4j:local -- start) starts a local Neo4j (Java 17 and Maven) and enables it';

/** `Neo4j/5.26.30 community`: the server's agent and edition, as the conformance run reports it. */
async function serverVersion(settings: NonNullable<AppConfig['neo4j']>): Promise<string> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    const info = await driver.getServerInfo(
      settings.database === undefined ? {} : { database: settings.database },
    );
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD edition RETURN edition',
      {},
      settings.database === undefined ? {} : { database: settings.database },
    );
    return `${info.agent ?? 'Neo4j'} ${String(records[0]?.get('edition') ?? '')}`.trim();
  } finally {
    await driver.close();
  }
}

/** Runs the files one at a time; returns the exit status and the number of skipped tests. */
function runTestFiles(files: readonly string[]): { status: number; skipped: number } {
  const tapDir = mkdtempSync(join(tmpdir(), 'neo4j-tests-'));
  const tapFile = join(tapDir, 'report.tap');
  try {
    const { status, error } = spawnSync(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...files,
      ],
      { stdio: 'inherit' },
    );
    if (error) throw error;
    const tap = readFileSync(tapFile, 'utf8');
    const count = (name: string) =>
      Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
    return { status: status ?? 1, skipped: count('skipped') + count('todo') };
  } finally {
    rmSync(tapDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const required = process.env.NEO4J_REQUIRED === '1';
  const config = readConfig();
  if (!config.neo4j) {
    if (required) {
      process.stderr.write(
        `Neo4j tests failed: NEO4J_REQUIRED=1 but NEO4J_URI is not set; ${enable}\n`,
      );
      return 1;
    }
    process.stdout.write(
      `skipped Neo4j: NEO4J_URI is not set, so test/neo4j/ did not run; ${enable}\n`,
    );
    return 0;
  }
  const files = readdirSync(neo4jTestsDir)
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => join(neo4jTestsDir, file));
  if (files.length === 0)
    throw new Error(`no tests in ${neo4jTestsDir}: build them with npm run build`);
  process.stdout.write(
    `Neo4j tests on ${describeStoreTarget(config)}: server ${await serverVersion(config.neo4j)}\n`,
  );
  const { status, skipped } = runTestFiles(files);
  if (status !== 0) return status;
  if (required && skipped > 0) {
    process.stderr.write(
      `Neo4j tests failed: NEO4J_REQUIRED=1 and ${skipped} test(s) were skipped\n`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `${error instanceof ConfigError ? 'error' : 'Neo4j tests failed'}: ${message}\n`,
    );
    process.exitCode = 1;
  },
);
