import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { QueryFailedError } from '../../../src/graph/errors.js';
import {
  openEmbeddedStore,
  type EmbeddedGraphStore,
} from '../../../src/graph/embedded/embedded-store.js';
import { testBufferPoolBytes, testMaxDbBytes } from '../../support/embedded-store.js';

const schema = ['CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING)'];
const createForce = { name: 'test/create-force', text: 'CREATE (f:Force {id: $id, name: $name})' };
const forceIds = { name: 'test/force-ids', text: 'MATCH (f:Force) RETURN f.id AS id ORDER BY id' };
const deleteAll = { name: 'test/delete-all', text: 'MATCH (f:Force) DETACH DELETE f' };
const unparsable = { name: 'test/unparsable', text: 'MATCH (f:Force RETURN f' };

describe('writeTransaction', () => {
  let store: EmbeddedGraphStore;
  const sent: string[] = [];

  before(async () => {
    store = await openEmbeddedStore({
      path: ':memory:',
      schemaStatements: schema,
      readConnections: 2,
      bufferPoolBytes: testBufferPoolBytes,
      maxDbBytes: testMaxDbBytes,
      observer: { onQuery: (name) => sent.push(name) },
    });
    await store.applySchema();
  });
  after(() => store.close());
  beforeEach(async () => {
    await store.writeTransaction((tx) => tx.run(deleteAll));
    sent.length = 0;
  });

  const ids = async (): Promise<unknown[]> => (await store.read(forceIds)).map((row) => row['id']);

  it('serialises concurrent transactions so that all of them commit', async () => {
    const results = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((id) =>
        store.writeTransaction(async (tx) => {
          await tx.run(createForce, { id: `${id}1`, name: id });
          await new Promise((resolve) => setImmediate(resolve));
          await tx.run(createForce, { id: `${id}2`, name: id });
          return id;
        }),
      ),
    );
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'],
    );
    assert.deepEqual(await ids(), ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2']);
  });

  it('returns what the work returns', async () => {
    assert.equal(await store.writeTransaction(async () => 42), 42);
  });

  it('leaves the graph as it was when a statement in the middle fails, and sends nothing after it', async () => {
    await store.writeTransaction((tx) => tx.run(createForce, { id: 'kept', name: 'Kept' }));
    sent.length = 0;
    let lateRun: Promise<unknown> | undefined;
    await assert.rejects(
      store.writeTransaction(async (tx) => {
        await tx.run(createForce, { id: 'new1', name: 'New' });
        try {
          await tx.run(createForce, { id: 'kept', name: 'Duplicate key' });
        } finally {
          lateRun = tx.run(createForce, { id: 'new2', name: 'After the failure' });
        }
      }),
      (error: unknown) => {
        assert.ok(error instanceof QueryFailedError);
        assert.equal(error.queryName, 'test/create-force');
        assert.match(error.message, /duplicated primary key/);
        return true;
      },
    );
    await assert.rejects(lateRun as Promise<unknown>, /not sent: the transaction was aborted/);
    assert.deepEqual(sent, [
      'embedded/begin-transaction',
      'test/create-force',
      'test/create-force',
      'embedded/rollback',
    ]);
    assert.deepEqual(await ids(), ['kept']);
  });

  it('rethrows the failure and commits nothing when the work swallows a failed statement', async () => {
    await assert.rejects(
      store.writeTransaction(async (tx) => {
        await tx.run(createForce, { id: 'x1', name: 'X' });
        await tx.run(createForce, { id: 'x1', name: 'X again' }).catch(() => undefined);
        return 'swallowed';
      }),
      /duplicated primary key/,
    );
    assert.ok(!sent.includes('embedded/commit'));
    assert.deepEqual(await ids(), []);
  });

  it('rolls back earlier statements when a later one does not even parse', async () => {
    // A parse error does not end the engine's transaction by itself (unlike runtime errors).
    await assert.rejects(
      store.writeTransaction(async (tx) => {
        await tx.run(createForce, { id: 'p1', name: 'P' });
        await tx.run(unparsable);
      }),
      (error: unknown) =>
        error instanceof QueryFailedError && error.queryName === 'test/unparsable',
    );
    assert.deepEqual(await ids(), []);
    await store.writeTransaction((tx) => tx.run(createForce, { id: 'p2', name: 'P' }));
    assert.deepEqual(await ids(), ['p2']);
  });

  it('rolls back when the work itself throws, and rethrows its error', async () => {
    const failure = new Error('validation failed in the caller');
    await assert.rejects(
      store.writeTransaction(async (tx) => {
        await tx.run(createForce, { id: 'w1', name: 'W' });
        throw failure;
      }),
      (error: unknown) => error === failure,
    );
    assert.equal(sent.at(-1), 'embedded/rollback');
    assert.deepEqual(await ids(), []);
  });

  it('keeps working after failed transactions', async () => {
    for (let i = 0; i < 3; i += 1) {
      await assert.rejects(store.writeTransaction((tx) => tx.run(unparsable)));
      await assert.rejects(
        store.writeTransaction(async (tx) => {
          await tx.run(createForce, { id: 'dup', name: 'D' });
          await tx.run(createForce, { id: 'dup', name: 'D' });
        }),
      );
    }
    await store.writeTransaction((tx) => tx.run(createForce, { id: 'ok', name: 'OK' }));
    assert.deepEqual(await ids(), ['ok']);
    await store.ping();
  });

  it('refuses statements on a transaction that has ended', async () => {
    let escaped: { run: typeof store.read } | undefined;
    await store.writeTransaction(async (tx) => {
      escaped = tx;
    });
    await assert.rejects(
      (escaped as { run: typeof store.read }).run(createForce, { id: 'late', name: 'L' }),
      /not sent: the transaction has already ended/,
    );
    assert.deepEqual(await ids(), []);
  });

  it('refuses a nested writeTransaction instead of waiting for itself forever', async () => {
    await assert.rejects(
      store.writeTransaction(() => store.writeTransaction(async () => 1)),
      /cannot be nested/,
    );
  });

  it('runs reads on other connections while a write transaction is open, without seeing its writes', async () => {
    await store.writeTransaction((tx) => tx.run(createForce, { id: 'before', name: 'B' }));
    await store.writeTransaction(async (tx) => {
      await tx.run(createForce, { id: 'inside', name: 'I' });
      assert.deepEqual(await ids(), ['before']);
    });
    assert.deepEqual(await ids(), ['before', 'inside']);
  });
});
