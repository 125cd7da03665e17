/**
 * `npm run test:neo4j`: the Neo4j run of the conformance suite. First every Cypher file goes
 * through Neo4j's own front end (`lint-cypher`, Cypher 5 and Cypher 25); then, when NEO4J_URI
 * is set, the conformance suite (test/conformance/) runs against that Neo4j: seeded with
 * `npm run seed -- --target neo4j`, opened through the same configuration as `npm start`, the
 * same operations and assertions as on the embedded engine. Without NEO4J_URI it prints one
 * line saying it skipped Neo4j and exits 0. Exits 1 when a check fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { ConfigError, readConfig } from '../src/config/config.js';
import { describeStoreTarget } from '../src/cli/store-target.js';

const lintCypher = fileURLToPath(
  new URL('../tooling/cypher-check/lint-cypher.js', import.meta.url),
);
// A test runner, not a command: it lives with the tests it runs (compiled beside them under
// dist/test/), so no runtime code reaches into the test tree by path.
const conformanceOnNeo4j = fileURLToPath(new URL('./conformance/neo4j.test.js', import.meta.url));

/** Runs a Node script with this process's environment and output; returns its exit code. */
function runNode(args: readonly string[]): number {
  const { status, error } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (error) throw error;
  return status ?? 1;
}

function main(): number {
  const linted = runNode([lintCypher]);
  if (linted !== 0) return linted;
  const config = readConfig();
  if (!config.neo4j) {
    process.stdout.write(
      'skipped Neo4j: NEO4J_URI is not set, so the conformance suite ran on no Neo4j (the Cypher files above passed its front end)\n',
    );
    return 0;
  }
  if (!existsSync(conformanceOnNeo4j)) {
    throw new Error(`${conformanceOnNeo4j} is missing: build the tests with npm run build`);
  }
  process.stdout.write(`running the conformance suite on ${describeStoreTarget(config)}\n`);
  return runNode(['--test', '--test-reporter=spec', '--test-concurrency=1', conformanceOnNeo4j]);
}

try {
  process.exitCode = main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${error instanceof ConfigError ? 'error' : 'test:neo4j failed'}: ${message}\n`,
  );
  process.exitCode = 1;
}
