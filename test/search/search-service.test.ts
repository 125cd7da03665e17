import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { recordGraphChange } from '../../src/graph/graph-changes.js';
import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore, NamedQuery, Row } from '../../src/graph/store.js';
import { createSearchService } from '../../src/search/search-service.js';

const { queries } = loadCatalog();

/**
 * A store holding a few findings, counting reads per query. Its fingerprint is the finding
 * count plus `extraNodes`, so a test can change the graph "from another process" without
 * telling the service.
 */
function createFakeStore(engine: GraphStore['engine'] = 'embedded') {
  const findings: Row[] = [{ id: 'f1', text: 'Succession planning is weak.' }];
  const reads = new Map<string, number>();
  let extraNodes = 0;
  const count = (name: string) => reads.get(name) ?? 0;
  const store: GraphStore = {
    engine,
    async read(query: NamedQuery) {
      reads.set(query.name, count(query.name) + 1);
      await new Promise((resolve) => setImmediate(resolve));
      if (query === queries.searchDocumentsFindings) return findings.map((row) => ({ ...row }));
      if (query === queries.nodeCount) return [{ nodes: findings.length + extraNodes }];
      if (query === queries.relationshipCount) return [{ relationships: 0 }];
      return [];
    },
    writeTransaction: () => Promise.reject(new Error('read-only fake')),
    applySchema: async () => {},
    ping: async () => {},
    close: async () => {},
  };
  return {
    store,
    findings,
    builds: () => count(queries.searchDocumentsFindings.name),
    fingerprintChecks: () => count(queries.nodeCount.name),
    addNodeElsewhere: () => (extraNodes += 1),
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
    const fake = createFakeStore();
    const service = createSearchService({ store: fake.store, queries });
    assert.equal(fake.builds(), 0);
    const results = await Promise.all([service.search(ask('succession')), service.warm()]);
    assert.deepEqual(ids(results[0]), ['f1']);
    assert.equal(fake.builds(), 1);
    assert.equal(results[1].documents, 1);
    assert.ok(results[1].readMs >= 0 && results[1].buildMs >= 0);
  });

  it('rebuilds before the next answer after a write committed in this process', async () => {
    const fake = createFakeStore();
    const service = createSearchService({ store: fake.store, queries, refreshSeconds: 3600 });
    assert.deepEqual(ids(await service.search(ask('mentoring'))), []);
    fake.findings.push({ id: 'f2', text: 'Mentoring of new sergeants.' });
    recordGraphChange();
    assert.deepEqual(ids(await service.search(ask('mentoring'))), ['f2']);
    assert.equal(fake.builds(), 2);
  });

  it('checks the graph fingerprint at most every SEARCH_REFRESH_SECONDS and rebuilds when it changed', async () => {
    const fake = createFakeStore();
    const clock = createClock();
    const service = createSearchService({
      store: fake.store,
      queries,
      refreshSeconds: 30,
      now: clock.now,
    });
    await service.search(ask('succession'));
    const checksAfterBuild = fake.fingerprintChecks();
    fake.findings.push({ id: 'f2', text: 'Mentoring of new sergeants.' });
    fake.addNodeElsewhere();
    clock.advance(29);
    assert.deepEqual(ids(await service.search(ask('mentoring'))), [], 'not yet checked');
    assert.equal(fake.fingerprintChecks(), checksAfterBuild);
    clock.advance(1);
    assert.deepEqual(ids(await service.search(ask('mentoring'))), ['f2']);
    assert.equal(fake.builds(), 2);
  });

  it('keeps the index when the fingerprint is unchanged', async () => {
    const fake = createFakeStore();
    const clock = createClock();
    const service = createSearchService({
      store: fake.store,
      queries,
      refreshSeconds: 10,
      now: clock.now,
    });
    await service.search(ask('succession'));
    clock.advance(10);
    await Promise.all([service.search(ask('succession')), service.search(ask('planning'))]);
    clock.advance(5);
    await service.search(ask('succession'));
    assert.equal(fake.builds(), 1);
    assert.equal(fake.fingerprintChecks(), 2, 'one at the build, one shared check after 10 s');
  });

  it('checks before every answer with SEARCH_REFRESH_SECONDS=0', async () => {
    const fake = createFakeStore();
    const service = createSearchService({ store: fake.store, queries, refreshSeconds: 0 });
    await service.search(ask('succession'));
    await service.search(ask('succession'));
    await service.search(ask('succession'));
    assert.equal(fake.fingerprintChecks(), 3);
    assert.equal(fake.builds(), 1);
  });

  it('answers the "all words occur" filter from the same index', async () => {
    const fake = createFakeStore();
    const service = createSearchService({ store: fake.store, queries });
    assert.deepEqual(await service.findItemsWithAllWords('FINDING', 'planning SUCCESSION'), ['f1']);
    assert.deepEqual(await service.findItemsWithAllWords('RECOMMENDATION', 'planning'), []);
    assert.equal(await service.findItemsWithAllWords('FINDING', '  '), null);
  });

  it('refuses the Neo4j full-text backend on the embedded engine', () => {
    const fake = createFakeStore('embedded');
    assert.throws(
      () => createSearchService({ store: fake.store, queries, backend: 'neo4j-fulltext' }),
      /needs a Neo4j store/,
    );
  });
});
