import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryFailedError } from '../../../src/graph/errors.js';
import type { EmbeddedGraphStore } from '../../../src/graph/embedded/embedded-store.js';
import { normaliseParams, splitParamBatches } from '../../../src/graph/embedded/embedded-params.js';
import { openTestStore } from '../../support/embedded-store.js';

describe('normaliseParams', () => {
  it('gives every row of a list of maps the same sorted keys, missing ones as null', () => {
    const params = normaliseParams('test/q', {
      rows: [{ name: 'Kent', id: 'kent' }, { id: 'essex' }, { id: 'surrey', area: 'South East' }],
    });
    assert.deepEqual(params['rows'], [
      { area: null, id: 'kent', name: 'Kent' },
      { area: null, id: 'essex', name: null },
      { area: 'South East', id: 'surrey', name: null },
    ]);
    for (const row of params['rows'] as object[])
      assert.deepEqual(Object.keys(row), ['area', 'id', 'name']);
  });

  it('aligns lists of maps nested inside maps and turns undefined into null', () => {
    const params = normaliseParams('test/q', {
      batch: { rows: [{ b: 1 }, { a: undefined, b: 2 }] },
      gone: undefined,
    });
    assert.deepEqual(params, {
      batch: {
        rows: [
          { a: null, b: 1 },
          { a: null, b: 2 },
        ],
      },
      gone: null,
    });
  });

  it('rejects a JS Date anywhere, naming the query and the parameter', () => {
    assert.throws(
      () => normaliseParams('test/dated', { rows: [{ id: 'a', at: new Date('2024-01-02') }] }),
      (error: unknown) => {
        assert.ok(error instanceof QueryFailedError);
        assert.equal(error.queryName, 'test/dated');
        assert.match(error.message, /\$rows\[0\]\.at is a JS Date; pass an ISO string/);
        return true;
      },
    );
  });

  it('rejects values that are not plain data', () => {
    assert.throws(() => normaliseParams('test/q', { m: new Map([['a', 1]]) }), /\$m is a Map/);
    assert.throws(() => normaliseParams('test/q', { f: () => 1 }), /\$f is a function/);
  });
});

describe('splitParamBatches', () => {
  it('leaves parameters whole when every key holds one kind of number', () => {
    const params = normaliseParams('test/q', {
      rows: [{ n: 1 }, { n: null }, { n: 3 }],
      xs: [1, 2.5],
    });
    assert.deepEqual(splitParamBatches('test/q', params), [params]);
  });

  it('splits the rows of a key that mixes integral and fractional numbers into uniform batches', () => {
    const params = normaliseParams('test/q', {
      rows: [
        { id: 'a', budget: 2001 },
        { id: 'b', budget: 2001.5 },
        { id: 'c', budget: null },
        { id: 'd', budget: 7 },
      ],
      other: 'kept',
    });
    assert.deepEqual(splitParamBatches('test/q', params), [
      {
        rows: [
          { budget: 2001, id: 'a' },
          { budget: null, id: 'c' },
          { budget: 7, id: 'd' },
        ],
        other: 'kept',
      },
      { rows: [{ budget: 2001.5, id: 'b' }], other: 'kept' },
    ]);
  });

  it('also splits rows whose number lists differ in kind', () => {
    const params = normaliseParams('test/q', { rows: [{ xs: [1, 2] }, { xs: [1.5] }, { xs: [] }] });
    assert.equal(splitParamBatches('test/q', params).length, 2);
  });

  it('refuses to split two parameters in one call', () => {
    const params = normaliseParams('test/q', {
      a: [{ n: 1 }, { n: 1.5 }],
      b: [{ n: 2 }, { n: 2.5 }],
    });
    assert.throws(() => splitParamBatches('test/q', params), /\$a and \$b both mix/);
  });
});

describe('parameters on the engine', () => {
  const schema = [
    'CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING, budget DOUBLE, officers INT64)',
  ];
  const upsertForces = {
    name: 'test/upsert-forces',
    text: [
      'UNWIND $rows AS row',
      'MERGE (f:Force {id: row.id})',
      'SET f.name = row.name, f.budget = row.budget, f.officers = row.officers',
    ].join('\n'),
  };
  const forces = {
    name: 'test/forces',
    text: 'MATCH (f:Force) RETURN f.id AS id, f.name AS name, f.budget AS budget, f.officers AS officers ORDER BY id',
  };
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore(schema);
  });
  after(() => store.close());

  it('writes rows with missing keys, different key orders and mixed number kinds in one call', async () => {
    await store.writeTransaction((tx) =>
      tx.run(upsertForces, {
        rows: [
          { id: 'kent', name: 'Kent', budget: 2001, officers: 3500 },
          { officers: 2100, budget: 2001.5, id: 'essex' },
          { id: 'surrey', name: 'Surrey' },
        ],
      }),
    );
    assert.deepEqual(await store.read(forces), [
      { id: 'essex', name: null, budget: 2001.5, officers: 2100 },
      { id: 'kent', name: 'Kent', budget: 2001, officers: 3500 },
      { id: 'surrey', name: 'Surrey', budget: null, officers: null },
    ]);
  });

  it('accepts an empty list of scalars in UNWIND and IN', async () => {
    const inList = {
      name: 'test/in-list',
      text: 'MATCH (f:Force) WHERE f.id IN $ids RETURN f.id AS id',
    };
    assert.deepEqual(await store.read(inList, { ids: [] }), []);
    const unwound = {
      name: 'test/unwound',
      text: 'UNWIND $ids AS id MATCH (f:Force {id: id}) RETURN f.id AS id',
    };
    assert.deepEqual(await store.read(unwound, { ids: [] }), []);
  });

  it('explains the failure when an empty list parameter must be typed', async () => {
    const echo = { name: 'test/echo-list', text: 'RETURN $xs AS xs' };
    await assert.rejects(store.read(echo, { xs: [] }), /cannot type an empty list parameter/);
    await assert.rejects(
      store.writeTransaction((tx) => tx.run(upsertForces, { rows: [] })),
      (error: unknown) => {
        assert.ok(error instanceof QueryFailedError);
        assert.match(error.message, /skip the call when the list is empty/);
        return true;
      },
    );
    assert.deepEqual(await store.read(echo, { xs: ['a'] }), [{ xs: ['a'] }]);
  });

  it('rejects a JS Date before anything reaches the engine', async () => {
    const dated = { name: 'test/dated', text: 'RETURN $at AS at' };
    await assert.rejects(store.read(dated, { at: new Date() }), /is a JS Date/);
  });

  it('passes integers as INT64, so LIMIT takes a parameter', async () => {
    const limited = {
      name: 'test/limited',
      text: 'MATCH (f:Force) RETURN f.id AS id ORDER BY id LIMIT $n',
    };
    assert.deepEqual(await store.read(limited, { n: 1 }), [{ id: 'essex' }]);
  });
});
