import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryFailedError, QueryTimeoutError } from '../../../src/graph/errors.js';
import {
  openEmbeddedStore,
  type EmbeddedGraphStore,
} from '../../../src/graph/embedded/embedded-store.js';
import {
  openTestStore,
  testBufferPoolBytes,
  testMaxDbBytes,
} from '../../support/embedded-store.js';

const schema = ['CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING)'];
const createForce = { name: 'test/create-force', text: 'CREATE (f:Force {id: $id, name: $name})' };
const forceById = {
  name: 'test/force-by-id',
  text: 'MATCH (f:Force {id: $id}) RETURN f.name AS name',
};
// 10^10 rows, each filtered, so the engine cannot shortcut the count (a bare count(*) over
// the cross product is computed without visiting the rows): over a minute of work.
const slowCount = {
  name: 'test/slow-count',
  text: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a + b AS s WHERE s % 7 = 0 RETURN count(*) AS n',
};

describe('read', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore(schema);
    await store.writeTransaction(async (tx) => {
      await tx.run(createForce, { id: 'kent', name: 'Kent Police' });
      await tx.run(createForce, { id: 'essex', name: 'Essex Police' });
    });
  });
  after(() => store.close());

  it('prepares a query once per connection and reuses it with new parameters', async () => {
    const single = await openEmbeddedStore({
      path: ':memory:',
      schemaStatements: schema,
      readConnections: 1,
      bufferPoolBytes: testBufferPoolBytes,
      maxDbBytes: testMaxDbBytes,
    });
    try {
      await single.applySchema();
      const before = single.preparedCount();
      assert.deepEqual(await single.read(forceById, { id: 'kent' }), []);
      assert.deepEqual(await single.read(forceById, { id: 'essex' }), []);
      await Promise.all([single.read(forceById, { id: 'a' }), single.read(forceById, { id: 'b' })]);
      assert.equal(single.preparedCount() - before, 1);
    } finally {
      await single.close();
    }
  });

  it('never prepares a query more often than there are read connections', async () => {
    const query = { name: 'test/force-by-id-again', text: `${forceById.text} ` };
    const before = store.preparedCount();
    for (let i = 0; i < 6; i += 1) {
      assert.deepEqual(await store.read(query, { id: 'kent' }), [{ name: 'Kent Police' }]);
    }
    assert.ok(store.preparedCount() - before <= 2);
  });

  it('refuses a statement that writes, so that only the write connection ever writes', async () => {
    await assert.rejects(store.read(createForce, { id: 'x', name: 'X' }), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError);
      assert.equal(error.queryName, 'test/create-force');
      assert.match(error.message, /not read-only/);
      return true;
    });
    assert.deepEqual(await store.read(forceById, { id: 'x' }), []);
  });

  it('names the query when the engine rejects it', async () => {
    const broken = { name: 'test/unknown-label', text: 'MATCH (n:Nowhere) RETURN n' };
    await assert.rejects(store.read(broken), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError);
      assert.match(error.message, /^query test\/unknown-label failed: .*Nowhere/);
      return true;
    });
  });
});

describe('query timeout', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openEmbeddedStore({
      path: ':memory:',
      schemaStatements: schema,
      readConnections: 1,
      queryTimeoutMs: 100,
      bufferPoolBytes: testBufferPoolBytes,
      maxDbBytes: testMaxDbBytes,
    });
    await store.applySchema();
  });
  after(() => store.close());

  it('interrupts a slow read with a QueryTimeoutError and the connection stays usable', async () => {
    const started = Date.now();
    await assert.rejects(store.read(slowCount), (error: unknown) => {
      assert.ok(error instanceof QueryTimeoutError);
      assert.equal(error.queryName, 'test/slow-count');
      return true;
    });
    assert.ok(Date.now() - started < 5_000);
    await store.ping();
  });

  it('aborts a write transaction whose statement times out, leaving the graph unchanged', async () => {
    await assert.rejects(
      store.writeTransaction(async (tx) => {
        await tx.run(createForce, { id: 'slow', name: 'Slow' });
        await tx.run(slowCount);
      }),
      QueryTimeoutError,
    );
    assert.deepEqual(await store.read(forceById, { id: 'slow' }), []);
    await store.writeTransaction((tx) => tx.run(createForce, { id: 'fast', name: 'Fast' }));
    assert.deepEqual(await store.read(forceById, { id: 'fast' }), [{ name: 'Fast' }]);
  });
});
