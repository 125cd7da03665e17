import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const cli = (name: string) => fileURLToPath(new URL(`../../src/cli/${name}.js`, import.meta.url));

/** Runs a command as `npm run` would, on the embedded store in `dataDir`, without a terminal. */
function run(command: string, dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.NEO4J_URI;
  delete env.SEED_BATCH_SIZE;
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli(command), ...args], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status, stdout, stderr };
}

describe('the seed, export, import and db:migrate commands', () => {
  let root: string;
  let source: string;
  let target: string;
  let seededNodes: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'export-commands-'));
    source = join(root, 'source');
    target = join(root, 'target');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('seeds the embedded store from the seed reports, in batches of the size asked for', () => {
    const seeded = run('seed', source, '--batch-size', '50');
    assert.equal(seeded.status, 0, seeded.stderr);
    const summary =
      /^seeded the embedded database .* with 5 reports: (\d+) nodes, \d+ relationships \(\d+ statements of up to 50 rows, one transaction\)\n$/.exec(
        seeded.stdout,
      );
    assert.ok(summary, seeded.stdout);
    seededNodes = summary[1]!;
  });

  it('wipes only after --yes when there is no terminal to confirm on, then seeds again', () => {
    const refused = run('seed', source, '--wipe');
    assert.equal(refused.status, 2);
    assert.match(
      refused.stderr,
      /--wipe deletes every Force, Report, .* node from the embedded database .*add --yes/,
    );
    const wiped = run('seed', source, '--wipe', '--yes');
    assert.equal(wiped.status, 0, wiped.stderr);
    assert.match(
      wiped.stdout,
      new RegExp(
        `^deleted ${seededNodes} nodes of this project's labels from the embedded database`,
      ),
    );
    assert.match(
      wiped.stdout,
      new RegExp(`\nseeded the embedded database .*: ${seededNodes} nodes`),
    );
  });

  it('refuses a Neo4j target when NEO4J_URI is not set, and a bad batch size', () => {
    const neo4j = run('seed', source, '--target', 'neo4j');
    assert.equal(neo4j.status, 2);
    assert.match(neo4j.stderr, /--target neo4j needs NEO4J_URI/);
    const batch = run('seed', source, '--batch-size', 'lots');
    assert.equal(batch.status, 2);
    assert.match(batch.stderr, /--batch-size: expected a whole number of at least 1, got "lots"/);
  });

  it('exports JSON that imports into a fresh store and exports again byte for byte', () => {
    const first = join(root, 'first.json');
    const exported = run('export', source, '--format', 'json', '--out', first);
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(
      exported.stdout,
      /^exported \d+ nodes and \d+ relationships from the embedded database .* as json to /,
    );
    const imported = run('import', target, first);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(
      imported.stdout,
      /^imported \d+ nodes and \d+ relationships from .*first\.json into the embedded database/,
    );
    const second = join(root, 'second.json');
    assert.equal(run('export', target, '--format', 'json', '--out', second).status, 0);
    assert.equal(readFileSync(second, 'utf8'), readFileSync(first, 'utf8'));
  });

  it('imports nothing from a file that is not a graph dataset, and says why', () => {
    const bad = join(root, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ label: 'Person', id: 'x', properties: {} }] }));
    const empty = join(root, 'never-opened');
    const result = run('import', empty, bad);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /not a valid graph dataset:\n {2}\(top level\) must have required property 'relationships'/,
    );
    assert.ok(!existsSync(join(empty, 'graph.lbug')), 'the store was never opened');
    assert.equal(run('import', empty).status, 2);
  });

  it('writes a CSV folder, replacing the CSV files of an earlier export', () => {
    const folder = join(root, 'csv');
    mkdirSync(join(folder, 'nodes'), { recursive: true });
    writeFileSync(join(folder, 'nodes', 'old-label.csv'), 'stale');
    const result = run('export', source, '--format', 'csv', '--out', folder);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!existsSync(join(folder, 'nodes', 'old-label.csv')));
    for (const file of [
      'nodes/force.csv',
      'relationships/inspects--report--force.csv',
      'import.sh',
      'schema.cypher',
    ])
      assert.ok(existsSync(join(folder, file)), file);
  });

  it('refuses an unknown format', () => {
    const result = run('export', source, '--format', 'xml', '--out', join(root, 'x'));
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /usage: npm run export -- --format <cypher\|csv\|graphml\|json> --out <path>/,
    );
  });

  it('applies the schema and prints each statement it ran', () => {
    const result = run('migrate', target, '--fulltext');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {2}CREATE NODE TABLE IF NOT EXISTS Force\n/);
    assert.match(result.stdout, /\n {2}ALTER TABLE Force ADD IF NOT EXISTS name STRING\n/);
    assert.match(result.stdout, /\napplied \d+ schema statements to the embedded database .*\n/);
    assert.match(result.stdout, /no full-text index: it is for Neo4j only/);
  });
});
