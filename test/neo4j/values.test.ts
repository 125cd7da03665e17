import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryFailedError } from '../../src/graph/errors.js';
import type { GraphStore } from '../../src/graph/store.js';
import { neo4jInstant, normaliseCases, paritySeed } from '../conformance/normalise-cases.js';
import { openNeo4jTestStore } from './neo4j-store.js';

// Values as a real Neo4j server sends them through neo4j-driver, normalised by the adapter
// into the plain values the GraphStore port promises; and parameters as the server types them.

const removeParityGraph = {
  name: 'test/remove-parity-graph',
  text: 'MATCH (n) WHERE n:ParityForce OR n:ParityReport DETACH DELETE n',
};

describe('values from a real Neo4j server through the adapter', () => {
  let store: GraphStore;
  before(async () => {
    store = await openNeo4jTestStore();
    await store.writeTransaction(async (tx) => {
      await tx.run(removeParityGraph);
      await tx.run(paritySeed(neo4jInstant));
    });
  });
  after(async () => {
    await store?.writeTransaction((tx) => tx.run(removeParityGraph));
    await store?.close();
  });

  for (const parity of normaliseCases) {
    it(`returns ${parity.what} as the embedded engine does`, async () => {
      assert.deepEqual(await store.read({ name: 'test/parity', text: parity.query }), [
        parity.expected,
      ]);
    });
  }

  it('turns every temporal type into ISO text: instants in UTC with milliseconds, the rest as the driver writes them', async () => {
    const rows = await store.read({
      name: 'test/temporal',
      text: [
        "RETURN datetime('2024-03-05T10:11:12.345+01:00') AS offset,",
        "  datetime('2024-07-05T10:11:12.345[Europe/London]') AS zoned,",
        "  localdatetime('2024-03-05T09:11:12.345') AS local,",
        "  time('09:11:12.5+01:00') AS time, localtime('09:11:12') AS localTime,",
        "  duration('P1Y2M3DT4H') AS duration, date('2016-01-31') AS day",
      ].join('\n'),
    });
    assert.deepEqual(rows, [
      {
        offset: '2024-03-05T09:11:12.345Z',
        zoned: '2024-07-05T09:11:12.345Z',
        local: '2024-03-05T09:11:12.345Z',
        time: '09:11:12.500000000+01:00',
        localTime: '09:11:12',
        duration: 'P1Y2M3DT4H',
        day: '2016-01-31',
      },
    ]);
  });

  it('turns points into {srid, x, y} and adds z in 3D', async () => {
    const rows = await store.read({
      name: 'test/points',
      text: 'RETURN point({x: 1.5, y: 2}) AS flat, point({x: 1, y: 2, z: 3}) AS solid, point({longitude: -0.1, latitude: 51.5}) AS london',
    });
    assert.deepEqual(rows, [
      {
        flat: { srid: 7203, x: 1.5, y: 2 },
        solid: { srid: 9157, x: 1, y: 2, z: 3 },
        london: { srid: 4326, x: -0.1, y: 51.5 },
      },
    ]);
  });

  it('keeps nulls inside lists and maps and returns a missing value as null', async () => {
    const rows = await store.read({
      name: 'test/nulls',
      text: "RETURN [1, null, 'a'] AS list, {a: null, b: [2.5]} AS map, null AS nothing",
    });
    assert.deepEqual(rows, [{ list: [1, null, 'a'], map: { a: null, b: [2.5] }, nothing: null }]);
  });

  it('refuses an integer beyond 2^53 with QueryFailedError naming the query, rather than lose digits', async () => {
    await assert.rejects(
      store.read({ name: 'test/big-integer', text: 'RETURN 9007199254740993 AS big' }),
      (error: unknown) =>
        error instanceof QueryFailedError &&
        error.queryName === 'test/big-integer' &&
        /9007199254740993 is outside the JavaScript safe integer range/.test(error.message),
    );
  });

  it('sends whole numbers as INTEGER and fractional ones as FLOAT, inside lists and maps too', async () => {
    const rows = await store.read(
      {
        name: 'test/parameter-types',
        text: [
          'UNWIND $rows AS row',
          'RETURN valueType($limit) AS limit, valueType($share) AS share, valueType($ids) AS ids,',
          '  valueType(row.n) AS n, valueType(row.f) AS f, valueType(row.missing) AS missing',
          'LIMIT $limit',
        ].join('\n'),
      },
      { limit: 1, share: 0.25, ids: [1, 2], rows: [{ n: 3, f: 0.5, missing: undefined }] },
    );
    assert.deepEqual(rows, [
      {
        limit: 'INTEGER NOT NULL',
        share: 'FLOAT NOT NULL',
        ids: 'LIST<INTEGER NOT NULL> NOT NULL',
        n: 'INTEGER NOT NULL',
        f: 'FLOAT NOT NULL',
        missing: 'NULL',
      },
    ]);
  });

  it('stores a whole number sent as a parameter as an INTEGER property and a fractional one as FLOAT', async () => {
    await store.writeTransaction((tx) =>
      tx.run(
        {
          name: 'test/write-numbers',
          text: "CREATE (:ParityReport {id: 'written-by-parameters', lineCount: $lines, share: $share})",
        },
        { lines: 1200, share: 0.5 },
      ),
    );
    const rows = await store.read({
      name: 'test/read-number-types',
      text: "MATCH (r:ParityReport {id: 'written-by-parameters'}) RETURN valueType(r.lineCount) AS lines, valueType(r.share) AS share, r.lineCount AS lineCount",
    });
    assert.deepEqual(rows, [
      { lines: 'INTEGER NOT NULL', share: 'FLOAT NOT NULL', lineCount: 1200 },
    ]);
  });
});
