import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { toNeo4jParams } from '../../../src/graph/neo4j/neo4j-params.js';

// No Neo4j server runs where these tests run: the driver's own type checks (isInt) and
// constructors stand in for what the server would receive.

function assertNeo4jInteger(value: unknown, expected: number): void {
  assert.ok(neo4j.isInt(value), `expected a Neo4j Integer, got ${typeof value}`);
  assert.equal(value.toNumber(), expected);
}

describe('toNeo4jParams', () => {
  it('sends an integral number as a Neo4j Integer and keeps a fractional one a float (driver types checked in-test, no Neo4j server here)', () => {
    const params = toNeo4jParams({ limit: 25, minScore: 0.75, zero: 0 });
    assertNeo4jInteger(params['limit'], 25);
    assertNeo4jInteger(params['zero'], 0);
    assert.equal(params['minScore'], 0.75);
  });

  it('converts integral numbers inside lists and maps, at any depth (driver types checked in-test, no Neo4j server here)', () => {
    const params = toNeo4jParams({
      rows: [{ id: 'f1', ordinal: 3, weight: 1.5, counts: [1, 2.5], nested: { rank: 4 } }],
    });
    const [row] = params['rows'] as Array<Record<string, unknown>>;
    assert.ok(row);
    assert.equal(row['id'], 'f1');
    assertNeo4jInteger(row['ordinal'], 3);
    assert.equal(row['weight'], 1.5);
    const counts = row['counts'] as unknown[];
    assertNeo4jInteger(counts[0], 1);
    assert.equal(counts[1], 2.5);
    assertNeo4jInteger((row['nested'] as Record<string, unknown>)['rank'], 4);
  });

  it('passes strings, booleans, null and bigint through and turns undefined into null', () => {
    assert.deepEqual(
      toNeo4jParams({ s: 'kent', b: false, n: null, big: 2n ** 60n, missing: undefined }),
      { s: 'kent', b: false, n: null, big: 2n ** 60n, missing: null },
    );
  });

  it('passes values of the driver own types through unchanged (driver types built in-test, no Neo4j server here)', () => {
    const on = new neo4j.types.Date(neo4j.int(2014), neo4j.int(3), neo4j.int(5));
    const count = neo4j.int(7);
    const point = new neo4j.types.Point(neo4j.int(4326), 0.5, 51.3);
    const params = toNeo4jParams({ on, count, point });
    assert.equal(params['on'], on);
    assert.equal(params['count'], count);
    assert.equal(params['point'], point);
  });

  it('rejects a JS Date, naming the parameter path and the ISO-string alternative', () => {
    assert.throws(() => toNeo4jParams({ rows: [{ id: 'r1', publishedOn: new Date() }] }), {
      name: 'TypeError',
      message: /parameter \$rows\[0\]\.publishedOn is a JS Date.*ISO string/,
    });
  });

  it('rejects an integral number outside the safe range', () => {
    assert.throws(
      () => toNeo4jParams({ n: 2 ** 60 }),
      /parameter \$n is .* outside the safe integer range/,
    );
  });

  it('rejects objects that are neither plain objects nor driver values', () => {
    assert.throws(() => toNeo4jParams({ ids: new Set(['a']) }), /parameter \$ids is a Set/);
    assert.throws(() => toNeo4jParams({ f: () => 1 }), /parameter \$f is a function/);
  });

  it('leaves the caller params untouched', () => {
    const params = { rows: [{ n: 1 }] };
    toNeo4jParams(params);
    assert.deepEqual(params, { rows: [{ n: 1 }] });
  });

  it('returns an empty object when there are no params', () => {
    assert.deepEqual(toNeo4jParams(), {});
  });
});
