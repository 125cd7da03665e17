import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore, QueryParams, Row } from '../../src/graph/store.js';
import { searchNeo4jFullText, toLuceneQuery } from '../../src/search/neo4j-full-text.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

const { queries } = loadCatalog();

/** A Neo4j store that answers the full-text query with `answer(params)` and records each call. */
function createFullTextStore(answer: (params: QueryParams) => Row[]) {
  const calls: { name: string; params: QueryParams }[] = [];
  const store: GraphStore = {
    engine: 'neo4j',
    async read(query, params = {}) {
      calls.push({ name: query.name, params });
      return answer(params);
    },
    writeTransaction: () => Promise.reject(new Error('read-only fake')),
    applySchema: async () => {},
    ping: async () => {},
    close: async () => {},
  };
  return { store, calls };
}

const index = buildSearchIndex([
  {
    id: 'f1',
    type: 'FINDING',
    name: null,
    acronym: null,
    aliases: [],
    body: ['Succession planning is weak.'],
    reportIds: ['r1'],
    forceIds: ['force-a'],
    themeIds: [],
    alternates: [],
  },
]);

describe('search by the Neo4j full-text index', () => {
  it('builds Lucene queries from plain words only, so no Lucene syntax gets through', () => {
    assert.equal(toLuceneQuery(['succession', 'planning'], 'AND'), '+succession +planning');
    assert.equal(toLuceneQuery(['succession', 'planning'], 'OR'), 'succession planning');
  });

  it('runs the Neo4j-only query with the words required, the labels asked for and the limit', async () => {
    const { store, calls } = createFullTextStore(() => [
      { id: 'f1', labels: ['Finding'], score: 2.5 },
    ]);
    const matches = await searchNeo4jFullText(store, queries, index, {
      query: 'Succession (planning)* OR x:y',
      types: ['FINDING', 'UNIT'],
      limit: 7,
    });
    assert.deepEqual(calls, [
      {
        name: 'neo4j-only/search-full-text',
        params: {
          query: '+succession +planning +x +y',
          labels: ['Finding', 'Unit'],
          limit: 7,
        },
      },
    ]);
    assert.deepEqual(matches, [
      { id: 'f1', type: 'FINDING', score: 2.5, snippet: '«Succession planning» is weak.' },
    ]);
  });

  it('asks again with any word when no item holds every word of a longer query', async () => {
    const { store, calls } = createFullTextStore((params) =>
      String(params.query).startsWith('+') ? [] : [{ id: 'u9', labels: ['Unit'], score: 1 }],
    );
    const matches = await searchNeo4jFullText(store, queries, index, {
      query: 'succession planning unicorn',
      types: null,
      limit: 5,
    });
    assert.deepEqual(
      calls.map((call) => call.params.query),
      ['+succession +planning +unicorn', 'succession planning unicorn'],
    );
    assert.deepEqual(calls[0]!.params.labels, [
      'Finding',
      'Recommendation',
      'Initiative',
      'PartnerAgency',
      'Unit',
      'Figure',
      'Passage',
      'Section',
    ]);
    assert.deepEqual(matches, [{ id: 'u9', type: 'UNIT', score: 1, snippet: null }]);
  });

  it('does not ask again for a two-word query no item holds', async () => {
    const { store, calls } = createFullTextStore(() => []);
    const matches = await searchNeo4jFullText(store, queries, index, {
      query: 'Operation Nimrod',
      types: null,
      limit: 5,
    });
    assert.deepEqual(matches, []);
    assert.equal(calls.length, 1);
  });

  it('keeps only the matches of the forces asked for, read from the in-process documents', async () => {
    const { store } = createFullTextStore(() => [
      { id: 'f1', labels: ['Finding'], score: 2 },
      { id: 'gone', labels: ['Finding'], score: 1 },
    ]);
    const ask = (forceIds: string[]) =>
      searchNeo4jFullText(store, queries, index, {
        query: 'succession',
        types: null,
        limit: 5,
        forceIds,
      });
    assert.deepEqual(
      (await ask(['force-a'])).map((m) => m.id),
      ['f1'],
    );
    assert.deepEqual(await ask(['force-b']), []);
  });

  it('reads every Lucene match when it filters, then keeps the limit', async () => {
    const { store, calls } = createFullTextStore(() => [
      { id: 'f1', labels: ['Finding'], score: 2 },
      { id: 'gone', labels: ['Finding'], score: 1 },
    ]);
    const quoted = (query: string) =>
      searchNeo4jFullText(store, queries, index, { query, types: null, limit: 1 });
    assert.deepEqual(
      (await quoted('"succession planning"')).map((m) => m.id),
      ['f1'],
    );
    assert.deepEqual(await quoted('"planning succession"'), []);
    assert.ok(calls.every((call) => Number(call.params.limit) >= index.size));
  });

  it('asks nothing for a query without words', async () => {
    const { store, calls } = createFullTextStore(() => []);
    assert.deepEqual(
      await searchNeo4jFullText(store, queries, index, { query: '*:*', types: null, limit: 5 }),
      [],
    );
    assert.equal(calls.length, 0);
  });
});
