import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { emptyProjectLabels, openNeo4jTestStore } from './neo4j-store.js';

// The commands that write to Neo4j, each run as a real process against the server NEO4J_URI
// names: db:migrate, seed (idempotent, --wipe), export and import of JSON, ingest and
// re-ingest. The file ends with the seed graph in place, as the other Neo4j tests expect.

const cli = (name: string) => fileURLToPath(new URL(`../../src/cli/${name}.js`, import.meta.url));

function run(command: string, args: readonly string[]): { stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli(command), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Nodes and relationships in the whole database, and per label for this project's. */
async function countGraph(store: GraphStore): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await store.read({ name: 'test/nodes', text: 'MATCH (n) RETURN count(n) AS n' });
  const [rels] = await store.read({
    name: 'test/relationships',
    text: 'MATCH ()-[r]->() RETURN count(r) AS n',
  });
  return { nodes: Number(nodes!['n']), relationships: Number(rels!['n']) };
}

function sizeOf(dataset: GraphDataset): { nodes: number; relationships: number } {
  return { nodes: dataset.nodes.length, relationships: dataset.relationships.length };
}

describe('the commands on a real Neo4j server', () => {
  const work = mkdtempSync(join(tmpdir(), 'neo4j-commands-'));
  let store: GraphStore;
  let seed: { nodes: number; relationships: number };
  before(async () => {
    store = await openNeo4jTestStore();
    seed = sizeOf(await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary()));
  });
  after(async () => {
    // Leave the seed graph and nothing else, whatever failed above.
    run('seed', ['--target', 'neo4j', '--wipe', '--yes']);
    await store?.writeTransaction((tx) =>
      tx.run({ name: 'test/unrelated', text: 'MATCH (n:Unrelated) DETACH DELETE n' }),
    );
    await store?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('db:migrate creates a uniqueness constraint per label, idempotently, and --fulltext an online full-text index', async () => {
    const first = run('migrate', []);
    assert.match(first.stdout, /applied \d+ schema statements to Neo4j at bolt:\/\//);
    assert.equal(run('migrate', []).stdout, first.stdout);
    const constraints = await store.read({
      name: 'test/constraints',
      text: "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS properties ORDER BY label",
    });
    assert.ok(constraints.length >= 12, JSON.stringify(constraints));
    for (const constraint of constraints) assert.deepEqual(constraint['properties'], ['id']);

    const fulltext = run('migrate', ['--fulltext']);
    assert.match(fulltext.stdout, /CREATE FULLTEXT INDEX graph_text IF NOT EXISTS/);
    const [index] = await store.read({
      name: 'test/fulltext-index',
      text: "SHOW INDEXES YIELD name, type, state WHERE name = 'graph_text' RETURN type, state",
    });
    assert.deepEqual(index, { type: 'FULLTEXT', state: 'ONLINE' });
  });

  it('db:migrate --fulltext rebuilds a full-text index of an older definition, and then leaves it alone', async () => {
    // An index as an older version built it: before figures' measures were searchable.
    await store.writeTransaction((tx) =>
      tx.run({ name: 'test/drop-fulltext', text: 'DROP INDEX graph_text IF EXISTS' }),
    );
    await store.writeTransaction((tx) =>
      tx.run({
        name: 'test/old-fulltext',
        text: 'CREATE FULLTEXT INDEX graph_text FOR (n:Finding|Recommendation) ON EACH [n.text]',
      }),
    );
    const definition = {
      name: 'test/fulltext-definition',
      text: "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state WHERE name = 'graph_text' RETURN labelsOrTypes AS labels, properties, state",
    };
    const rebuilt = run('migrate', ['--fulltext']);
    assert.match(rebuilt.stdout, /full-text index rebuilt: its definition had changed/);
    const [index] = await store.read(definition);
    assert.ok((index!['labels'] as string[]).includes('Figure'), JSON.stringify(index));
    assert.ok((index!['properties'] as string[]).includes('measure'), JSON.stringify(index));
    assert.equal(index!['state'], 'ONLINE');
    const again = run('migrate', ['--fulltext']);
    assert.doesNotMatch(again.stdout, /rebuilt/);
  });

  it('seed --wipe --yes replaces this project’s nodes and leaves other nodes alone; seeding again changes nothing', async () => {
    await store.writeTransaction((tx) =>
      tx.run({ name: 'test/unrelated', text: "MERGE (:Unrelated {id: 'keep-me'})" }),
    );
    const wiped = run('seed', ['--target', 'neo4j', '--wipe', '--yes']);
    assert.match(wiped.stdout, /^deleted \d+ nodes of this project's labels/m);
    assert.deepEqual(await countGraph(store), {
      nodes: seed.nodes + 1,
      relationships: seed.relationships,
    });
    run('seed', ['--target', 'neo4j']);
    assert.deepEqual(await countGraph(store), {
      nodes: seed.nodes + 1,
      relationships: seed.relationships,
    });
    const [kept] = await store.read({
      name: 'test/unrelated-count',
      text: 'MATCH (n:Unrelated) RETURN count(n) AS n',
    });
    assert.equal(kept!['n'], 1);
  });

  it('exports the graph as JSON, imports it into an emptied database, and exports the same file again', async () => {
    const exported = join(work, 'graph.json');
    run('export', ['--format', 'json', '--out', exported]);
    await emptyProjectLabels(store);
    assert.deepEqual(await countGraph(store), { nodes: 1, relationships: 0 });
    const imported = run('import', [exported]);
    assert.match(
      imported.stdout,
      new RegExp(`imported ${seed.nodes} nodes and ${seed.relationships} relationships`),
    );
    const again = join(work, 'again.json');
    run('export', ['--format', 'json', '--out', again]);
    assert.equal(readFileSync(again, 'utf8'), readFileSync(exported, 'utf8'));
  });

  it('ingests a new report, and re-ingesting a changed copy replaces its items rather than adding to them', async () => {
    const thamesValley = readFileSync(
      join(seedReportsDir, '2007-10-thames-valley-police.txt'),
      'utf8',
    );
    const kent = join(work, '2007-10-kent-police.txt');
    writeFileSync(kent, thamesValley.replaceAll('Thames Valley', 'Kent'));
    const seedFiles = await listReportFiles(seedReportsDir);
    const withKent = sizeOf(await ingestFiles([...seedFiles, kent], await loadVocabulary()));
    assert.ok(withKent.nodes > seed.nodes);

    const ingested = run('ingest', [kent]);
    assert.match(ingested.stdout, /ingested 1 report\(s\) from 2007-10-kent-police\.txt/);
    assert.deepEqual(await countGraph(store), {
      nodes: withKent.nodes + 1,
      relationships: withKent.relationships,
    });
    assert.ok((await kentFindings(store, 'the force')) > 0);

    // The same report again, its wording changed: the old items go, the new ones come.
    writeFileSync(
      kent,
      thamesValley.replaceAll('Thames Valley', 'Kent').replaceAll('the force', 'the constabulary'),
    );
    const changed = sizeOf(await ingestFiles([...seedFiles, kent], await loadVocabulary()));
    run('ingest', [kent]);
    assert.deepEqual(await countGraph(store), {
      nodes: changed.nodes + 1,
      relationships: changed.relationships,
    });
    assert.equal(await kentFindings(store, 'the force'), 0);
    assert.ok((await kentFindings(store, 'the constabulary')) > 0);
  });
});

/** How many findings of the Kent copy contain `words`. */
async function kentFindings(store: GraphStore, words: string): Promise<number> {
  const [row] = await store.read(
    {
      name: 'test/kent-findings',
      text: "MATCH (:Report {id: '2007-10-kent-police-inspection'})-[:HAS_FINDING]->(f:Finding) WHERE f.text CONTAINS $words RETURN count(f) AS n",
    },
    { words },
  );
  return Number(row!['n']);
}
