import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { weaknessKinds } from '../../src/domain/finding-kinds.js';
import { createDerivedCache } from '../../src/graph/derived-cache.js';
import { createGraphVersionWatcher } from '../../src/graph/graph-version.js';
import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { parseReportFiles } from '../../src/ingest/io/ingest-files.js';
import { ingestReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { startTestApi, type TestApi } from '../support/api-server.js';
import { openTestStore } from '../support/embedded-store.js';

const catalog = loadCatalog();
const report = (name: string) => join(seedReportsDir, name);

interface Answer {
  data: Record<string, { force?: { id: string }; forces?: { id: string }[] }[]>;
  dbQueries: number;
}

async function ask(api: TestApi, query: string): Promise<Answer> {
  const { body } = await api.graphql(query, undefined, { 'x-query-stats': '1' });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const stats = body.extensions?.queryStats as { dbQueries: number };
  return { data: body.data as Answer['data'], dbQueries: stats.dbQueries };
}

const sharedWeaknesses = '{ sharedWeaknesses(minForces: 1) { topic { id } forces { id } } }';
const sharedWeakThemes = '{ sharedWeakThemes(minForces: 1) { theme { id } forces { id } } }';
const similarForces =
  '{ similarForces(forceId: "thames-valley-police", first: 10) { force { id } score } }';

function forcesIn(answer: Answer, field: string): Set<string> {
  return new Set(
    answer.data[field]!.flatMap((row) => [
      ...(row.forces ?? []).map((f) => f.id),
      ...(row.force ? [row.force.id] : []),
    ]),
  );
}

describe('the relational questions keep what they read from the whole graph until it changes', () => {
  let store: GraphStore;
  let api: TestApi;

  before(async () => {
    store = await openTestStore(catalog.schema.embedded);
    await ingestReportFiles(store, catalog, [
      report('2007-10-thames-valley-police.txt'),
      report('2007-10-metropolitan-police.txt'),
    ]);
    api = await startTestApi({ seededStore: store });
  });
  after(async () => {
    await api.close();
    await store.close();
  });

  it('reads the graph for the first request only, and again after an ingestion', async () => {
    for (const [query, field] of [
      [sharedWeaknesses, 'sharedWeaknesses'],
      [sharedWeakThemes, 'sharedWeakThemes'],
      [similarForces, 'similarForces'],
    ] as const) {
      const first = await ask(api, query);
      const again = await ask(api, query);
      assert.ok(
        first.dbQueries > again.dbQueries,
        `${field}: ${first.dbQueries} reads, then ${again.dbQueries}`,
      );
      assert.deepEqual(again.data, first.data);
      assert.ok(!forcesIn(first, field).has('west-midlands-police'));
    }

    await ingestReportFiles(store, catalog, [report('2007-10-west-midlands-police.txt')]);

    for (const [query, field] of [
      [sharedWeaknesses, 'sharedWeaknesses'],
      [sharedWeakThemes, 'sharedWeakThemes'],
      [similarForces, 'similarForces'],
    ] as const)
      assert.ok(forcesIn(await ask(api, query), field).has('west-midlands-police'), field);
  });

  it('answers a force filter from what it keeps, as the query would', async () => {
    const all = await ask(api, sharedWeaknesses);
    const narrowed = await ask(
      api,
      '{ sharedWeaknesses(minForces: 1, forceIds: ["metropolitan-police"]) { topic { id } forces { id } findings(first: 3) { totalCount nodes { id } } } }',
    );
    assert.deepEqual([...forcesIn(narrowed, 'sharedWeaknesses')], ['metropolitan-police']);
    const topicId = (row: object) => (row as { topic: { id: string } }).topic.id;
    // The topics the question's query finds for that force, filtered by the store.
    const rows = await store.read(catalog.queries.weaknessFindings, {
      weaknessKinds: [...weaknessKinds],
      anyForce: false,
      forceIds: ['metropolitan-police'],
      anyTheme: true,
      themeIds: [],
    });
    const expected = [...new Set(rows.map((row) => topicId(row)))].sort();
    assert.ok(expected.length > 0);
    assert.deepEqual(narrowed.data.sharedWeaknesses!.map(topicId).sort(), expected);
    assert.ok(all.data.sharedWeaknesses!.length > expected.length);
  });
});

describe('walks keep the relationships they read until the graph changes', () => {
  let store: GraphStore;
  let api: TestApi;
  const paths = (toId: string) =>
    `{ paths(fromId: "partner/crown-prosecution-service", toId: "${toId}", maxHops: 2) { length nodes { id } relationships { type from to evidence { quote } } } }`;

  before(async () => {
    store = await openTestStore(catalog.schema.embedded);
    await ingestReportFiles(store, catalog, [report('2007-10-thames-valley-police.txt')]);
    api = await startTestApi({ seededStore: store });
  });
  after(async () => {
    await api.close();
    await store.close();
  });

  it("reads a node's relationships for the first walk only, and again after an ingestion", async () => {
    const first = await ask(api, paths('thames-valley-police'));
    const again = await ask(api, paths('thames-valley-police'));
    assert.ok(first.data.paths!.length > 0, 'the two are connected');
    assert.deepEqual(again.data, first.data);
    assert.ok(
      again.dbQueries < first.dbQueries,
      `${first.dbQueries} reads, then ${again.dbQueries}`,
    );
    const neighbourhood =
      '{ neighbourhood(id: "partner/crown-prosecution-service", depth: 1) { nodes { id } } }';
    const around = await ask(api, neighbourhood);

    await ingestReportFiles(store, catalog, [report('2007-10-west-midlands-police.txt')]);

    // Only walks that read the crown prosecution service's new relationships find these.
    const aroundAfter = await ask(api, neighbourhood);
    const ids = (answer: Answer) =>
      (answer.data.neighbourhood as unknown as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    assert.ok(ids(aroundAfter).length > ids(around).length, "the new report's mentions are walked");
    assert.ok((await ask(api, paths('west-midlands-police'))).data.paths!.length > 0);
  });
});

describe('the derived cache on a graph another process changed', () => {
  it('keeps a value until the fingerprint changes, checked at most every refreshSeconds', async () => {
    const store = await openTestStore(catalog.schema.embedded);
    try {
      let clock = 0;
      const cache = createDerivedCache(
        createGraphVersionWatcher({
          store,
          queries: catalog.queries,
          refreshSeconds: 10,
          now: () => clock,
        }),
      );
      let computed = 0;
      const count = () =>
        cache.get('reports', async () => {
          computed += 1;
          const [row] = await store.read(catalog.queries.reportCount);
          return Number(row?.reports ?? 0);
        });
      assert.equal(await count(), 0);
      // Written the way another process writes: no change recorded in this process.
      const vocabulary = await loadVocabulary();
      const parsed = await parseReportFiles(
        [report('2007-10-west-midlands-police.txt')],
        vocabulary,
      );
      await loadDataset(store, buildDataset(parsed, vocabulary), catalog.load);
      assert.equal(await count(), 0, 'not checked again within refreshSeconds');
      clock += 10_000;
      assert.equal(await count(), 1, 'the fingerprint changed: computed again');
      assert.equal(await count(), 1);
      assert.equal(computed, 2);
    } finally {
      await store.close();
    }
  });
});
