import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { recordGraphChange } from '../../src/graph/graph-changes.js';
import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore, NamedQuery } from '../../src/graph/store.js';
import { createSearchService } from '../../src/search/search-service.js';
import { testBufferPoolBytes, testMaxDbBytes } from '../support/embedded-store.js';

const { queries, schema } = loadCatalog();

const addFinding: NamedQuery = {
  name: 'test/add-finding',
  text: 'MERGE (r:Report {id: $reportId}) CREATE (r)-[:HAS_FINDING]->(:Finding {id: $id, text: $text})',
};

const openStores: GraphStore[] = [];
after(() => Promise.all(openStores.map((store) => store.close())));

/**
 * A real embedded store holding one finding, with the reads per query counted. Its writes go
 * straight to the store without `recordGraphChange`, as another process's ingest would.
 */
async function openCountingStore() {
  const reads = new Map<string, number>();
  const count = (name: string) => reads.get(name) ?? 0;
  const store = await openEmbeddedStore({
    path: ':memory:',
    schemaStatements: schema.embedded,
    bufferPoolBytes: testBufferPoolBytes,
    maxDbBytes: testMaxDbBytes,
    observer: { onQuery: (name) => reads.set(name, count(name) + 1) },
  });
  openStores.push(store);
  await store.applySchema();
  const write = (query: NamedQuery, params: Record<string, string>) =>
    store.writeTransaction((tx) => tx.run(query, params));
  await write(addFinding, { reportId: 'r1', id: 'f1', text: 'Succession planning is weak.' });
  return {
    store,
    addFinding: (id: string, text: string) => write(addFinding, { reportId: 'r1', id, text }),
    builds: () => count(queries.searchDocumentsFindings.name),
    fingerprintChecks: () => count(queries.nodeCount.name),
  };
}

function createClock() {
  let ms = 0;
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) };
}

const ask = (query: string) => ({ query, types: null, limit: 10 });
const ids = (matches: readonly { id: string }[]) => matches.map((m) => m.id);

describe('the search service', () => {
  it('reads nothing until the first search, then builds once for concurrent searches', async () => {
    const graph = await openCountingStore();
    const service = createSearchService({ store: graph.store, queries });
    assert.equal(graph.builds(), 0);
    const results = await Promise.all([service.search(ask('succession')), service.warm()]);
    assert.deepEqual(ids(results[0]), ['f1']);
    assert.equal(graph.builds(), 1);
    assert.equal(results[1].documents, 1);
    assert.ok(results[1].readMs >= 0 && results[1].buildMs >= 0);
  });

  it('rebuilds before the next answer after a write committed in this process', async () => {
    const graph = await openCountingStore();
    const service = createSearchService({ store: graph.store, queries, refreshSeconds: 3600 });
    assert.deepEqual(ids(await service.search(ask('mentoring'))), []);
    await graph.addFinding('f2', 'Mentoring of new sergeants.');
    recordGraphChange();
    assert.deepEqual(ids(await service.search(ask('mentoring'))), ['f2']);
    assert.equal(graph.builds(), 2);
  });

  it('checks the graph fingerprint at most every SEARCH_REFRESH_SECONDS and rebuilds when it changed', async () => {
    const graph = await openCountingStore();
    const clock = createClock();
    const service = createSearchService({
      store: graph.store,
      queries,
      refreshSeconds: 30,
      now: clock.now,
    });
    await service.search(ask('succession'));
    const checksAfterBuild = graph.fingerprintChecks();
    await graph.addFinding('f2', 'Mentoring of new sergeants.');
    clock.advance(29);
    assert.deepEqual(ids(await service.search(ask('mentoring'))), [], 'not yet checked');
    assert.equal(graph.fingerprintChecks(), checksAfterBuild);
    clock.advance(1);
    assert.deepEqual(ids(await service.search(ask('mentoring'))), ['f2']);
    assert.equal(graph.builds(), 2);
  });

  it('keeps the index when the fingerprint is unchanged', async () => {
    const graph = await openCountingStore();
    const clock = createClock();
    const service = createSearchService({
      store: graph.store,
      queries,
      refreshSeconds: 10,
      now: clock.now,
    });
    await service.search(ask('succession'));
    clock.advance(10);
    await Promise.all([service.search(ask('succession')), service.search(ask('planning'))]);
    clock.advance(5);
    await service.search(ask('succession'));
    assert.equal(graph.builds(), 1);
    assert.equal(graph.fingerprintChecks(), 2, 'one at the build, one shared check after 10 s');
  });

  it('checks before every answer with SEARCH_REFRESH_SECONDS=0', async () => {
    const graph = await openCountingStore();
    const service = createSearchService({ store: graph.store, queries, refreshSeconds: 0 });
    await service.search(ask('succession'));
    await service.search(ask('succession'));
    await service.search(ask('succession'));
    assert.equal(graph.fingerprintChecks(), 3);
    assert.equal(graph.builds(), 1);
  });

  it('answers the "all words occur" filter from the same index', async () => {
    const graph = await openCountingStore();
    const service = createSearchService({ store: graph.store, queries });
    assert.deepEqual(await service.findItemsWithAllWords('FINDING', 'planning SUCCESSION'), ['f1']);
    assert.deepEqual(await service.findItemsWithAllWords('RECOMMENDATION', 'planning'), []);
    assert.equal(await service.findItemsWithAllWords('FINDING', '  '), null);
  });

  it('refuses the Neo4j full-text backend on the embedded engine', async () => {
    const graph = await openCountingStore();
    assert.throws(
      () => createSearchService({ store: graph.store, queries, backend: 'neo4j-fulltext' }),
      /needs a Neo4j store/,
    );
  });
});
