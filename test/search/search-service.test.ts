import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { createGraphVersionWatcher, recordGraphChange } from '../../src/graph/graph-version.js';
import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import {
  createSearchService,
  type SearchService,
  type SearchServiceOptions,
} from '../../src/search/search-service.js';
import { openCountingStore } from '../support/counting-store.js';

const { queries } = loadCatalog();

/** A counting store (`support/counting-store.ts`) with the reads this file looks at. */
async function openCountingGraph() {
  const graph = await openCountingStore();
  return {
    ...graph,
    builds: () => graph.reads(queries.searchDocumentsFindings.name),
    fingerprintChecks: () => graph.reads(queries.nodeCount.name),
  };
}

/** A search service on `store` with its own graph-version watcher of `refreshSeconds`. */
function serviceOn(
  store: GraphStore,
  watch: { refreshSeconds?: number; now?: () => number } = {},
  options: Pick<SearchServiceOptions, 'backend'> = {},
) {
  const version = createGraphVersionWatcher({ store, queries, ...watch });
  return createSearchService({ store, queries, version, ...options });
}

function createClock() {
  let ms = 0;
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) };
}

const ask = (query: string) => ({ query, types: null });
/** The first page of ten matches, as a request for `search(first: 10)` ranks it. */
const firstPage = async (service: SearchService, query: string) =>
  (await service.rank(ask(query))).page(0, 10);
const ids = (matches: readonly { id: string }[]) => matches.map((m) => m.id);

describe('the search service', () => {
  it('reads nothing until the first search, then builds once for concurrent searches', async () => {
    const graph = await openCountingGraph();
    const service = serviceOn(graph.store);
    assert.equal(graph.builds(), 0);
    const results = await Promise.all([firstPage(service, 'succession'), service.warm()]);
    assert.deepEqual(ids(results[0]), ['f1']);
    assert.equal(graph.builds(), 1);
    assert.equal(results[1].documents, 1);
    assert.ok(results[1].readMs >= 0 && results[1].buildMs >= 0);
  });

  it('rebuilds before the next answer after a write committed in this process', async () => {
    const graph = await openCountingGraph();
    const service = serviceOn(graph.store, { refreshSeconds: 3600 });
    assert.deepEqual(ids(await firstPage(service, 'mentoring')), []);
    await graph.addFinding('f2', 'Mentoring of new sergeants.');
    recordGraphChange();
    assert.deepEqual(ids(await firstPage(service, 'mentoring')), ['f2']);
    assert.equal(graph.builds(), 2);
  });

  it('checks the graph fingerprint at most every SEARCH_REFRESH_SECONDS and rebuilds when it changed', async () => {
    const graph = await openCountingGraph();
    const clock = createClock();
    const service = serviceOn(graph.store, { refreshSeconds: 30, now: clock.now });
    await firstPage(service, 'succession');
    const checksAfterBuild = graph.fingerprintChecks();
    await graph.addFinding('f2', 'Mentoring of new sergeants.');
    clock.advance(29);
    assert.deepEqual(ids(await firstPage(service, 'mentoring')), [], 'not yet checked');
    assert.equal(graph.fingerprintChecks(), checksAfterBuild);
    clock.advance(1);
    assert.deepEqual(ids(await firstPage(service, 'mentoring')), ['f2']);
    assert.equal(graph.builds(), 2);
  });

  it('keeps the index when the fingerprint is unchanged', async () => {
    const graph = await openCountingGraph();
    const clock = createClock();
    const service = serviceOn(graph.store, { refreshSeconds: 10, now: clock.now });
    await firstPage(service, 'succession');
    clock.advance(10);
    await Promise.all([firstPage(service, 'succession'), firstPage(service, 'planning')]);
    clock.advance(5);
    await firstPage(service, 'succession');
    assert.equal(graph.builds(), 1);
    assert.equal(graph.fingerprintChecks(), 2, 'one at the build, one shared check after 10 s');
  });

  it('checks before every answer with SEARCH_REFRESH_SECONDS=0', async () => {
    const graph = await openCountingGraph();
    const service = serviceOn(graph.store, { refreshSeconds: 0 });
    await firstPage(service, 'succession');
    await firstPage(service, 'succession');
    await firstPage(service, 'succession');
    assert.equal(graph.fingerprintChecks(), 3);
    assert.equal(graph.builds(), 1);
  });

  it('answers the "all words occur" filter from the same index', async () => {
    const graph = await openCountingGraph();
    const service = serviceOn(graph.store);
    assert.deepEqual(await service.findItemsWithAllWords('FINDING', 'planning SUCCESSION'), ['f1']);
    assert.deepEqual(await service.findItemsWithAllWords('RECOMMENDATION', 'planning'), []);
    assert.equal(await service.findItemsWithAllWords('FINDING', '  '), null);
  });

  it('refuses the Neo4j full-text backend on the embedded engine', async () => {
    const graph = await openCountingGraph();
    assert.throws(
      () => serviceOn(graph.store, {}, { backend: 'neo4j-fulltext' }),
      /needs a Neo4j store/,
    );
  });
});
