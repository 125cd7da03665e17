import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { readConfig } from '../../src/config/config.js';
import { QueryFailedError, StoreUnavailableError } from '../../src/graph/errors.js';
import { openNeo4jStore, type Neo4jStoreOptions } from '../../src/graph/neo4j/neo4j-store.js';
import type { NamedQuery } from '../../src/graph/store.js';
import { newDriverLog, recordingDriver, type DriverLog } from '../support/recording-driver.js';
import { createTcpRelay } from './tcp-relay.js';

// The Neo4j adapter against the real server: the sessions and transaction settings it uses,
// the retries it leaves to the driver or makes itself, and the driver's lifecycle.

const server = readConfig().neo4j;
/** Community Edition serves one database, `neo4j`, unless NEO4J_DATABASE names another. */
const database = server?.database ?? 'neo4j';

function storeOptions(log: DriverLog, extra: Partial<Neo4jStoreOptions> = {}): Neo4jStoreOptions {
  if (!server) throw new Error('the Neo4j tests need NEO4J_URI');
  return {
    uri: server.uri,
    user: server.user,
    password: server.password,
    database,
    schemaStatements: [],
    connectRetry: { attempts: 1, delayMs: 0 },
    createDriver: recordingDriver(log),
    ...extra,
  };
}

const echoIds: NamedQuery = {
  name: 'test/echo-ids',
  text: 'UNWIND $ids AS id RETURN id, size(id) AS length ORDER BY id LIMIT $limit',
};
const createProbe: NamedQuery = {
  name: 'test/create-adapter-probe',
  text: 'CREATE (p:AdapterProbe {id: $id, rank: $rank}) RETURN p.id AS id',
};
const findProbe: NamedQuery = {
  name: 'test/find-adapter-probe',
  text: 'MATCH (p:AdapterProbe {id: $id}) RETURN p.id AS id, p.lockedBy AS lockedBy',
};
const lockProbe: NamedQuery = {
  name: 'test/lock-adapter-probe',
  text: 'MATCH (p:AdapterProbe {id: $id}) SET p.lockedBy = $by',
};
const removeProbes: NamedQuery = {
  name: 'test/remove-adapter-probes',
  text: 'MATCH (p:AdapterProbe) DELETE p',
};

/** Resolves once the server reports a transaction waiting for a lock another one holds. */
async function untilATransactionIsBlocked(driver: Driver): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS blocked",
      {},
      { database },
    );
    if (Number(records[0]?.get('blocked')) > 0) return;
    await delay(50);
  }
  throw new Error('no transaction became blocked within 5 s');
}

/** Deletes the probes through a store of its own, closed at once (the tests count drivers). */
async function removeAdapterProbes(): Promise<void> {
  const store = await openNeo4jStore(storeOptions(newDriverLog()));
  try {
    await store.writeTransaction((tx) => tx.run(removeProbes));
  } finally {
    await store.close();
  }
}

describe('the Neo4j adapter on a real server', () => {
  before(removeAdapterProbes);
  after(removeAdapterProbes);

  describe('reads', () => {
    it('reads in a READ session on the configured database with the driver bookmark manager, the query timeout, and integral parameters as integers', async () => {
      const log = newDriverLog();
      const store = await openNeo4jStore(storeOptions(log, { queryTimeoutMs: 1500 }));
      try {
        // LIMIT refuses a float: the read succeeding shows 5 reached the server as an integer.
        const rows = await store.read(echoIds, { ids: ['kent', 'essex'], limit: 5 });
        assert.deepEqual(rows, [
          { id: 'essex', length: 5 },
          { id: 'kent', length: 4 },
        ]);
        const [session] = log.sessions;
        assert.equal(session?.config.defaultAccessMode, neo4j.session.READ);
        assert.equal(session?.config.database, database);
        assert.equal(session?.config.bookmarkManager, log.bookmarkManager);
        assert.deepEqual(session?.txConfigs, [{ timeout: 1500 }]);
      } finally {
        await store.close();
      }
    });

    it('leaves database and timeout to the server when not configured', async () => {
      const log = newDriverLog();
      const store = await openNeo4jStore(storeOptions(log, { database: undefined }));
      try {
        await store.read(echoIds, { ids: ['kent'], limit: 1 });
        assert.equal('database' in (log.sessions[0]?.config ?? {}), false);
        assert.deepEqual(log.sessions[0]?.txConfigs, [{}]);
      } finally {
        await store.close();
      }
    });

    it('refuses a JS Date parameter as QueryFailedError naming the query, before any session opens', async () => {
      const log = newDriverLog();
      const store = await openNeo4jStore(storeOptions(log));
      try {
        await assert.rejects(
          store.read(echoIds, { ids: [new Date()], limit: 1 }),
          (error: unknown) => {
            assert.ok(error instanceof QueryFailedError);
            assert.equal(error.queryName, 'test/echo-ids');
            assert.match(error.message, /JS Date/);
            return true;
          },
        );
        assert.equal(log.sessions.length, 0);
      } finally {
        await store.close();
      }
    });

    it('reports each query name and duration to the observer, reads and writes alike', async () => {
      const seen: Array<[string, number]> = [];
      const store = await openNeo4jStore(
        storeOptions(newDriverLog(), {
          observer: { onQuery: (name, ms) => seen.push([name, ms]) },
        }),
      );
      try {
        await store.read(echoIds, { ids: ['kent'], limit: 1 });
        await store.writeTransaction((tx) => tx.run(createProbe, { id: 'observed', rank: 1 }));
      } finally {
        await store.close();
      }
      assert.deepEqual(
        seen.map(([name]) => name),
        ['test/echo-ids', 'test/create-adapter-probe'],
      );
      assert.ok(seen.every(([, ms]) => ms >= 0));
    });
  });

  describe('writes', () => {
    it('writes in one WRITE session with the write timeout and the bookmark manager the reads use', async () => {
      const log = newDriverLog();
      const store = await openNeo4jStore(
        storeOptions(log, { queryTimeoutMs: 900, writeTimeoutMs: 4000 }),
      );
      try {
        const created = await store.writeTransaction(async (tx) => [
          ...(await tx.run(createProbe, { id: 'first', rank: 2 })),
          ...(await tx.run(createProbe, { id: 'second', rank: 3.5 })),
        ]);
        assert.deepEqual(created, [{ id: 'first' }, { id: 'second' }]);
        await store.read(findProbe, { id: 'second' });
        const [write, read] = log.sessions;
        assert.equal(log.sessions.length, 2, 'one session for the transaction, one for the read');
        assert.equal(write?.config.defaultAccessMode, neo4j.session.WRITE);
        assert.equal(write?.config.database, database);
        assert.deepEqual(write?.txConfigs, [{ timeout: 4000 }]);
        assert.deepEqual(read?.txConfigs, [{ timeout: 900 }]);
        assert.equal(write?.config.bookmarkManager, log.bookmarkManager);
        assert.equal(read?.config.bookmarkManager, log.bookmarkManager);
      } finally {
        await store.close();
      }
    });

    it('hands a deadlock the server detects to the driver unchanged, so the driver reruns the transaction and it commits', async () => {
      if (!server) throw new Error('the Neo4j tests need NEO4J_URI');
      const store = await openNeo4jStore(storeOptions(newDriverLog()));
      const raw = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
      const holder = raw.session({ database });
      try {
        await store.writeTransaction(async (tx) => {
          await tx.run(createProbe, { id: 'a', rank: 1 });
          await tx.run(createProbe, { id: 'b', rank: 1 });
        });
        // Another transaction holds b, then waits for a, which this store's transaction holds;
        // when that transaction asks for b, the server ends it with DeadlockDetected.
        const holderTx = holder.beginTransaction();
        await holderTx.run(lockProbe.text, { id: 'b', by: 'holder' });
        let holderGotA: Promise<string> = Promise.resolve('not asked');
        let runs = 0;
        await store.writeTransaction(async (tx) => {
          runs += 1;
          if (runs === 1) {
            await tx.run(lockProbe, { id: 'a', by: 'store' });
            holderGotA = holderTx.run(lockProbe.text, { id: 'a', by: 'holder' }).then(
              () => 'locked',
              (error: unknown) => `failed: ${String(error)}`,
            );
            await untilATransactionIsBlocked(raw);
            await tx.run(lockProbe, { id: 'b', by: 'store' });
            return;
          }
          // The rerun: the rolled-back attempt released a, so the holder finishes first.
          assert.equal(await holderGotA, 'locked');
          await holderTx.commit();
          await tx.run(lockProbe, { id: 'a', by: 'store' });
          await tx.run(lockProbe, { id: 'b', by: 'store' });
        });
        assert.equal(runs, 2);
        assert.deepEqual(await store.read(findProbe, { id: 'b' }), [
          { id: 'b', lockedBy: 'store' },
        ]);
      } finally {
        await holder.close();
        await raw.close();
        await store.close();
      }
    });

    it('rethrows an error raised by the work itself unchanged, and commits nothing of it', async () => {
      const store = await openNeo4jStore(storeOptions(newDriverLog()));
      const own = new Error('row failed validation');
      try {
        await assert.rejects(
          store.writeTransaction(async (tx) => {
            await tx.run(createProbe, { id: 'rolled-back', rank: 1 });
            throw own;
          }),
          (error: unknown) => error === own,
        );
        assert.deepEqual(await store.read(findProbe, { id: 'rolled-back' }), []);
      } finally {
        await store.close();
      }
    });

    it('runs each schema statement in its own WRITE transaction, in order, naming a failing one by position', async () => {
      const log = newDriverLog();
      const statements = [
        'CREATE CONSTRAINT adapter_probe_id IF NOT EXISTS FOR (n:AdapterProbe) REQUIRE n.id IS UNIQUE',
        'CREATE INDEX adapter_probe_rank IF NOT EXISTS FOR (n:AdapterProbe) ON (n.rank)',
      ];
      const store = await openNeo4jStore(storeOptions(log, { schemaStatements: statements }));
      const broken = await openNeo4jStore(
        storeOptions(newDriverLog(), {
          schemaStatements: [statements[0]!, 'CREATE INDEX FOR (n:AdapterProbe) ON'],
        }),
      );
      try {
        await store.applySchema();
        assert.equal(log.sessions.length, 2);
        assert.ok(log.sessions.every((s) => s.config.defaultAccessMode === neo4j.session.WRITE));
        await assert.rejects(broken.applySchema(), (error: unknown) => {
          assert.ok(error instanceof QueryFailedError);
          assert.equal(error.queryName, 'neo4j-schema#2');
          assert.match(error.message, /SyntaxError/);
          return true;
        });
      } finally {
        await store.writeTransaction(async (tx) => {
          await tx.run({
            name: 'test/drop-index',
            text: 'DROP INDEX adapter_probe_rank IF EXISTS',
          });
        });
        await store.writeTransaction(async (tx) => {
          await tx.run({
            name: 'test/drop-constraint',
            text: 'DROP CONSTRAINT adapter_probe_id IF EXISTS',
          });
        });
        await broken.close();
        await store.close();
      }
    });
  });

  describe('lifecycle', () => {
    it('pings on the configured database, and a read or ping after the server goes away fails with StoreUnavailableError within the read retry time', async () => {
      const relay = await createTcpRelay(server?.uri ?? '');
      await relay.open();
      const log = newDriverLog();
      const store = await openNeo4jStore(
        storeOptions(log, { uri: relay.uri, readRetryTimeMs: 300, connectionTimeoutMs: 1000 }),
      );
      try {
        await store.ping();
        assert.deepEqual(log.verifies.at(-1), { database });
        await relay.cut();
        await assert.rejects(store.read(echoIds, { ids: ['kent'], limit: 1 }), (error: unknown) => {
          assert.ok(error instanceof StoreUnavailableError);
          return true;
        });
        await assert.rejects(store.ping(), StoreUnavailableError);
      } finally {
        await store.close();
        await relay.cut();
      }
    });

    it('closes the driver once however often close is called, and refuses work afterwards', async () => {
      const log = newDriverLog();
      const store = await openNeo4jStore(storeOptions(log));
      await Promise.all([store.close(), store.close()]);
      await store.close();
      assert.equal(log.closes, 1);
      await assert.rejects(store.read(echoIds, { ids: [], limit: 1 }), StoreUnavailableError);
      await assert.rejects(
        store.writeTransaction(async () => 1),
        StoreUnavailableError,
      );
      await assert.rejects(store.ping(), StoreUnavailableError);
    });

    it('shares one driver between stores on the same URI and closes it with the last store', async () => {
      const log = newDriverLog();
      const options = storeOptions(log);
      const first = await openNeo4jStore(options);
      const second = await openNeo4jStore(options);
      assert.equal(log.created, 1);
      await first.close();
      assert.equal(log.closes, 0);
      assert.deepEqual(await second.read(echoIds, { ids: ['kent'], limit: 1 }), [
        { id: 'kent', length: 4 },
      ]);
      await second.close();
      assert.equal(log.closes, 1);
    });

    it('refuses a second store on the same URI with other credentials, without revealing either password', async () => {
      const log = newDriverLog();
      const options = storeOptions(log);
      const store = await openNeo4jStore(options);
      try {
        await assert.rejects(
          openNeo4jStore({ ...options, password: 'another-secret-value' }),
          (error: unknown) => {
            assert.ok(error instanceof Error);
            assert.match(
              error.message,
              /already open in this process with a different user, password or pool settings/,
            );
            assert.ok(!error.message.includes(options.password));
            assert.ok(!error.message.includes('another-secret-value'));
            return true;
          },
        );
      } finally {
        await store.close();
      }
      assert.equal(log.closes, 1);
    });
  });

  describe('connecting', () => {
    it('tries again while nothing listens, pausing and warning between attempts, and opens once the server answers', async () => {
      const relay = await createTcpRelay(server?.uri ?? '');
      const log = newDriverLog();
      const sleeps: number[] = [];
      const warnings: Array<Record<string, unknown>> = [];
      const store = await openNeo4jStore(
        storeOptions(log, {
          uri: relay.uri,
          connectRetry: { attempts: 3, delayMs: 20 },
          sleep: async (ms) => {
            sleeps.push(ms);
            // The server "comes up" during the second pause.
            if (sleeps.length === 2) await relay.open();
          },
          logger: { warn: (details) => warnings.push(details) },
        }),
      );
      try {
        assert.equal(log.verifies.length, 3);
        assert.deepEqual(sleeps, [20, 20]);
        assert.deepEqual(
          warnings.map((warning) => warning['attempt']),
          [1, 2],
        );
        assert.deepEqual(await store.read(echoIds, { ids: ['kent'], limit: 1 }), [
          { id: 'kent', length: 4 },
        ]);
      } finally {
        await store.close();
        await relay.cut();
      }
    });

    it('does not try again when the server refuses the credentials, and says so without the password', async () => {
      const log = newDriverLog();
      const password = 'not-the-password-of-this-server';
      await assert.rejects(
        openNeo4jStore(storeOptions(log, { password, connectRetry: { attempts: 5, delayMs: 10 } })),
        (error: unknown) => {
          assert.ok(error instanceof StoreUnavailableError);
          assert.match(error.message, /^NEO4J_URI .* refused the connection: .*unauthorized/i);
          assert.ok(!error.message.includes(password));
          return true;
        },
      );
      assert.equal(log.verifies.length, 1);
      assert.equal(log.closes, 1);
    });
  });
});
