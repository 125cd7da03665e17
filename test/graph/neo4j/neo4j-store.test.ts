import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import {
  QueryFailedError,
  QueryTimeoutError,
  StoreUnavailableError,
} from '../../../src/graph/errors.js';
import type {
  Neo4jDriverPort,
  Neo4jSessionConfig,
  Neo4jSessionPort,
  Neo4jTransactionConfig,
  Neo4jTransactionPort,
} from '../../../src/graph/neo4j/driver-port.js';
import { createNeo4jDriver } from '../../../src/graph/neo4j/neo4j-registry.js';
import { openNeo4jStore, type Neo4jStoreOptions } from '../../../src/graph/neo4j/neo4j-store.js';
import type { NamedQuery } from '../../../src/graph/store.js';

// No Neo4j server runs where these tests run (none can be installed). The adapter's wiring
// is checked against a fake driver that answers with records and errors built from the
// driver's own types; only the unreachable-URI tests use the real driver, against a closed
// loopback port.

const { int } = neo4j;
const { Record } = neo4j.types;
type DriverRecord = InstanceType<typeof Record>;

interface SessionLog {
  readonly config: Neo4jSessionConfig;
  readonly txConfigs: Array<Neo4jTransactionConfig | undefined>;
  closed: boolean;
}

/**
 * Stands in for neo4j-driver's Driver. `executeWrite` reruns the work the way the real
 * driver decides to: while `neo4j.isRetryableError` accepts the error (the check the real
 * TransactionExecutor makes), without its backoff.
 */
class FakeDriver implements Neo4jDriverPort {
  readonly executeQueryBookmarkManager = neo4j.bookmarkManager();
  readonly sessions: SessionLog[] = [];
  readonly runs: Array<{ text: string; params: Record<string, unknown> }> = [];
  readonly verifyCalls: Array<{ database?: string }> = [];
  /** Errors thrown by successive `verifyConnectivity` calls; succeeds once empty. */
  verifyFailures: unknown[] = [];
  closeCalls = 0;
  respond: (text: string, params: Record<string, unknown>) => DriverRecord[] = () => [];

  session(config: Neo4jSessionConfig): Neo4jSessionPort {
    const log: SessionLog = { config, txConfigs: [], closed: false };
    this.sessions.push(log);
    const tx: Neo4jTransactionPort = {
      run: async (text, params) => {
        this.runs.push({ text, params });
        return { records: this.respond(text, params) };
      },
    };
    return {
      beginTransaction(txConfig?: Neo4jTransactionConfig) {
        log.txConfigs.push(txConfig);
        return { run: tx.run, commit: async () => {}, close: async () => {} };
      },
      async executeWrite<T>(
        work: (tx: Neo4jTransactionPort) => Promise<T>,
        txConfig?: Neo4jTransactionConfig,
      ): Promise<T> {
        log.txConfigs.push(txConfig);
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await work(tx);
          } catch (error) {
            if (attempt >= 3 || !neo4j.isRetryableError(error)) throw error;
          }
        }
      },
      async close(): Promise<void> {
        log.closed = true;
      },
    };
  }

  async verifyConnectivity(options: { database?: string }): Promise<unknown> {
    this.verifyCalls.push(options);
    const failure = this.verifyFailures.shift();
    if (failure !== undefined) throw failure;
    return {};
  }

  async close(): Promise<void> {
    this.closeCalls += 1;
  }
}

const PASSWORD = 'correct-horse-battery';
let uriCounter = 0;

function fakeOptions(fake: FakeDriver, extra: Partial<Neo4jStoreOptions> = {}): Neo4jStoreOptions {
  uriCounter += 1;
  return {
    uri: `bolt://fake-${uriCounter}.invalid:7687`,
    user: 'neo4j',
    password: PASSWORD,
    database: 'inspections',
    schemaStatements: [],
    connectRetry: { attempts: 1, delayMs: 0 },
    createDriver: () => fake,
    ...extra,
  };
}

function driverError(code: string, message = `server said ${code}`): Error {
  return new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');
}

const forceById: NamedQuery = {
  name: 'force-by-id',
  text: 'MATCH (f:Force {id: $id}) RETURN f.id AS id LIMIT $limit',
};
const upsertForce: NamedQuery = {
  name: 'upsert-force',
  text: 'MERGE (f:Force {id: $id}) SET f.rank = $rank RETURN f.id AS id',
};

describe('openNeo4jStore reads', () => {
  it('reads in a READ session on the configured database with the driver bookmark manager and the query timeout (fake driver with driver types built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.respond = () => [new Record(['id', 'findings'], ['kent', int(3)])];
    const store = await openNeo4jStore(fakeOptions(fake, { queryTimeoutMs: 1500 }));
    try {
      const rows = await store.read(forceById, { id: 'kent', limit: 5 });
      assert.deepEqual(rows, [{ id: 'kent', findings: 3 }]);
      const [session] = fake.sessions;
      assert.ok(session);
      assert.equal(session.config.defaultAccessMode, neo4j.session.READ);
      assert.equal(session.config.database, 'inspections');
      assert.equal(session.config.bookmarkManager, fake.executeQueryBookmarkManager);
      assert.deepEqual(session.txConfigs, [{ timeout: 1500 }]);
      assert.equal(session.closed, true);
      const [run] = fake.runs;
      assert.equal(run?.text, forceById.text);
      assert.ok(
        neo4j.isInt(run?.params['limit']),
        'integral limit must reach the driver as an Integer',
      );
    } finally {
      await store.close();
    }
  });

  it('omits database and timeout when not configured so the server defaults apply (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const store = await openNeo4jStore(fakeOptions(fake, { database: undefined }));
    await store.read(forceById, { id: 'kent', limit: 1 });
    await store.close();
    assert.equal('database' in (fake.sessions[0]?.config ?? {}), false);
    assert.deepEqual(fake.sessions[0]?.txConfigs, [{}]);
  });

  it('maps ServiceUnavailable during a read to StoreUnavailableError (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.respond = () => {
      throw driverError('ServiceUnavailable');
    };
    const store = await openNeo4jStore(fakeOptions(fake));
    await assert.rejects(store.read(forceById, { id: 'kent', limit: 1 }), StoreUnavailableError);
    assert.equal(fake.sessions[0]?.closed, true);
    await store.close();
  });

  it('maps a transaction timeout during a read to QueryTimeoutError naming the query (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.respond = () => {
      throw driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    };
    const store = await openNeo4jStore(fakeOptions(fake));
    await assert.rejects(store.read(forceById, { id: 'kent', limit: 1 }), (error: unknown) => {
      assert.ok(error instanceof QueryTimeoutError);
      assert.equal(error.queryName, 'force-by-id');
      return true;
    });
    await store.close();
  });

  it('rejects a JS Date parameter as QueryFailedError naming the query, before any session opens', async () => {
    const fake = new FakeDriver();
    const store = await openNeo4jStore(fakeOptions(fake));
    await assert.rejects(store.read(forceById, { id: new Date(), limit: 1 }), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError);
      assert.equal(error.queryName, 'force-by-id');
      assert.match(error.message, /JS Date/);
      return true;
    });
    assert.equal(fake.sessions.length, 0);
    await store.close();
  });

  it('reports an integer beyond 2^53 in a result as QueryFailedError naming the query (driver types built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.respond = () => [new Record(['n'], [int('9007199254740993')])];
    const store = await openNeo4jStore(fakeOptions(fake));
    await assert.rejects(store.read(forceById, { id: 'kent', limit: 1 }), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError);
      assert.match(error.message, /^query force-by-id failed: .*safe integer range/);
      return true;
    });
    await store.close();
  });

  it('reports each query name and duration to the observer (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const seen: Array<[string, number]> = [];
    const store = await openNeo4jStore(
      fakeOptions(fake, { observer: { onQuery: (name, ms) => seen.push([name, ms]) } }),
    );
    await store.read(forceById, { id: 'kent', limit: 1 });
    await store.writeTransaction((tx) => tx.run(upsertForce, { id: 'kent', rank: 1 }));
    await store.close();
    assert.deepEqual(
      seen.map(([name]) => name),
      ['force-by-id', 'upsert-force'],
    );
    assert.ok(seen.every(([, ms]) => ms >= 0));
  });
});

describe('openNeo4jStore writes', () => {
  it('writes in a WRITE session sharing the read sessions bookmark manager, so later reads see the write (fake driver with driver types built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.respond = (_text, params) => [new Record(['id'], [params['id']])];
    const store = await openNeo4jStore(fakeOptions(fake, { queryTimeoutMs: 900 }));
    const result = await store.writeTransaction(async (tx) => {
      const first = await tx.run(upsertForce, { id: 'kent', rank: 2 });
      const second = await tx.run(upsertForce, { id: 'essex', rank: 3.5 });
      return [...first, ...second];
    });
    await store.read(forceById, { id: 'kent', limit: 1 });
    await store.close();
    assert.deepEqual(result, [{ id: 'kent' }, { id: 'essex' }]);
    const [write, read] = fake.sessions;
    assert.equal(
      fake.sessions.length,
      2,
      'one session for the whole transaction, one for the read',
    );
    assert.equal(write?.config.defaultAccessMode, neo4j.session.WRITE);
    assert.equal(write?.config.database, 'inspections');
    assert.deepEqual(write?.txConfigs, [{ timeout: 900 }]);
    assert.equal(write?.config.bookmarkManager, fake.executeQueryBookmarkManager);
    assert.equal(read?.config.bookmarkManager, write?.config.bookmarkManager);
    assert.ok(neo4j.isInt(fake.runs[0]?.params['rank']));
    assert.equal(fake.runs[1]?.params['rank'], 3.5);
  });

  it('hands a transient driver error to the driver unwrapped so it retries the work (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    let failuresLeft = 1;
    fake.respond = () => {
      if (failuresLeft-- > 0) throw driverError('Neo.TransientError.Transaction.DeadlockDetected');
      return [new Record(['id'], ['kent'])];
    };
    const store = await openNeo4jStore(fakeOptions(fake));
    let workRuns = 0;
    const rows = await store.writeTransaction((tx) => {
      workRuns += 1;
      return tx.run(upsertForce, { id: 'kent', rank: 1 });
    });
    await store.close();
    assert.equal(workRuns, 2);
    assert.deepEqual(rows, [{ id: 'kent' }]);
  });

  it('maps a driver error that ends a transaction to QueryFailedError naming the failing query (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.respond = (text) => {
      if (text === upsertForce.text) {
        throw driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'already exists');
      }
      return [];
    };
    const store = await openNeo4jStore(fakeOptions(fake));
    await assert.rejects(
      store.writeTransaction(async (tx) => {
        await tx.run(forceById, { id: 'kent', limit: 1 });
        return tx.run(upsertForce, { id: 'kent', rank: 1 });
      }),
      (error: unknown) => {
        assert.ok(error instanceof QueryFailedError);
        assert.equal(error.queryName, 'upsert-force');
        assert.match(error.message, /ConstraintValidationFailed: already exists/);
        return true;
      },
    );
    assert.equal(fake.sessions[0]?.closed, true);
    await store.close();
  });

  it('rethrows an error raised by the work itself unchanged (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const store = await openNeo4jStore(fakeOptions(fake));
    const own = new Error('row failed validation');
    await assert.rejects(
      store.writeTransaction(async () => {
        throw own;
      }),
      (error: unknown) => error === own,
    );
    await store.close();
  });

  it('runs each schema statement in its own write transaction, in order, naming a failing one by position (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const statements = [
      'CREATE CONSTRAINT force_id IF NOT EXISTS FOR (n:Force) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE',
    ];
    const store = await openNeo4jStore(fakeOptions(fake, { schemaStatements: statements }));
    await store.applySchema();
    assert.deepEqual(
      fake.runs.map((run) => run.text),
      statements,
    );
    assert.equal(fake.sessions.length, 2);
    assert.ok(fake.sessions.every((s) => s.config.defaultAccessMode === neo4j.session.WRITE));

    fake.respond = (text) => {
      if (text === statements[1])
        throw driverError('Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists');
      return [];
    };
    await assert.rejects(store.applySchema(), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError);
      assert.equal(error.queryName, 'neo4j-schema#2');
      return true;
    });
    await store.close();
  });
});

describe('openNeo4jStore lifecycle', () => {
  it('pings with verifyConnectivity on the configured database and maps a failure to StoreUnavailableError (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const store = await openNeo4jStore(fakeOptions(fake));
    await store.ping();
    assert.deepEqual(fake.verifyCalls.at(-1), { database: 'inspections' });
    fake.verifyFailures = [driverError('Neo.ClientError.Security.Unauthorized')];
    await assert.rejects(store.ping(), StoreUnavailableError);
    fake.verifyFailures = [driverError('ServiceUnavailable')];
    await assert.rejects(store.ping(), StoreUnavailableError);
    await store.close();
  });

  it('closes the driver once however often close is called, and refuses work afterwards (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const store = await openNeo4jStore(fakeOptions(fake));
    await Promise.all([store.close(), store.close()]);
    await store.close();
    assert.equal(fake.closeCalls, 1);
    await assert.rejects(store.read(forceById, { id: 'kent', limit: 1 }), StoreUnavailableError);
    await assert.rejects(
      store.writeTransaction(async () => 1),
      StoreUnavailableError,
    );
    await assert.rejects(store.ping(), StoreUnavailableError);
  });

  it('shares one driver between stores on the same URI and closes it with the last store (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    let created = 0;
    const options = fakeOptions(fake, {
      createDriver: () => {
        created += 1;
        return fake;
      },
    });
    const first = await openNeo4jStore(options);
    const second = await openNeo4jStore(options);
    assert.equal(created, 1);
    await first.close();
    assert.equal(fake.closeCalls, 0);
    await second.read(forceById, { id: 'kent', limit: 1 });
    await second.close();
    assert.equal(fake.closeCalls, 1);
  });

  it('refuses a second store on the same URI with other credentials, without revealing them (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    const options = fakeOptions(fake);
    const store = await openNeo4jStore(options);
    await assert.rejects(
      openNeo4jStore({ ...options, password: 'another-secret-value' }),
      (error: unknown) => {
        assert.ok(error instanceof Error);
        assert.match(
          error.message,
          /already open in this process with a different user, password or pool settings/,
        );
        assert.ok(
          !error.message.includes(PASSWORD) && !error.message.includes('another-secret-value'),
        );
        return true;
      },
    );
    await store.close();
    assert.equal(fake.closeCalls, 1);
  });
});

describe('openNeo4jStore connection retry', () => {
  it('retries verifyConnectivity until it succeeds, pausing and warning between attempts (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.verifyFailures = [
      driverError('ServiceUnavailable'),
      driverError('Neo.TransientError.General.DatabaseUnavailable'),
    ];
    const sleeps: number[] = [];
    const warnings: Array<Record<string, unknown>> = [];
    const store = await openNeo4jStore(
      fakeOptions(fake, {
        connectRetry: { attempts: 3, delayMs: 250 },
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        logger: { warn: (details) => warnings.push(details) },
      }),
    );
    assert.equal(fake.verifyCalls.length, 3);
    assert.deepEqual(sleeps, [250, 250]);
    assert.deepEqual(
      warnings.map((w) => w['attempt']),
      [1, 2],
    );
    await store.close();
  });

  it('gives up after the last attempt with a NEO4J_URI message naming the cause and closes the driver (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.verifyFailures = [1, 2, 3].map(() =>
      driverError('ServiceUnavailable', `no route; auth was ${PASSWORD}`),
    );
    const options = fakeOptions(fake, {
      connectRetry: { attempts: 3, delayMs: 0 },
      sleep: async () => {},
    });
    await assert.rejects(openNeo4jStore(options), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError);
      assert.equal(
        error.message,
        `NEO4J_URI ${options.uri} unreachable after 3 attempts: no route; auth was ***`,
      );
      return true;
    });
    assert.equal(fake.verifyCalls.length, 3);
    assert.equal(fake.closeCalls, 1);
  });

  it('does not retry when the server refuses the credentials (Neo4jError built in-test, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    fake.verifyFailures = [driverError('Neo.ClientError.Security.Unauthorized', 'bad credentials')];
    const options = fakeOptions(fake, { connectRetry: { attempts: 5, delayMs: 0 } });
    await assert.rejects(
      openNeo4jStore(options),
      /^StoreUnavailableError: NEO4J_URI .* refused the connection: bad credentials$/,
    );
    assert.equal(fake.verifyCalls.length, 1);
  });

  it('rejects a retry policy with no attempts (fake driver, no Neo4j server here)', async () => {
    const fake = new FakeDriver();
    await assert.rejects(
      openNeo4jStore(fakeOptions(fake, { connectRetry: { attempts: 0, delayMs: 0 } })),
      RangeError,
    );
    assert.equal(fake.closeCalls, 1);
  });
});

describe('openNeo4jStore with the real driver and no server', () => {
  it('fails against a closed loopback port after exactly 2 attempts with StoreUnavailableError naming NEO4J_URI (real driver, no server needed)', async () => {
    const uri = 'bolt://127.0.0.1:1';
    let attempts = 0;
    let closes = 0;
    const sleeps: number[] = [];
    const options: Neo4jStoreOptions = {
      uri,
      user: 'neo4j',
      password: PASSWORD,
      schemaStatements: [],
      connectionTimeoutMs: 5000,
      connectRetry: { attempts: 2, delayMs: 10 },
      sleep: async (ms) => {
        sleeps.push(ms);
        await delay(ms);
      },
      // The real driver does the connecting; the wrapper only counts the attempts.
      createDriver: (settings) => {
        const real = createNeo4jDriver(settings);
        return {
          executeQueryBookmarkManager: real.executeQueryBookmarkManager,
          session: (config) => real.session(config),
          verifyConnectivity: (verifyOptions) => {
            attempts += 1;
            return real.verifyConnectivity(verifyOptions);
          },
          close: () => {
            closes += 1;
            return real.close();
          },
        };
      },
    };
    await assert.rejects(openNeo4jStore(options), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError);
      assert.match(
        error.message,
        /^NEO4J_URI bolt:\/\/127\.0\.0\.1:1 unreachable after 2 attempts: .+ECONNREFUSED/,
      );
      assert.ok(!error.message.includes(PASSWORD));
      return true;
    });
    assert.equal(attempts, 2);
    assert.deepEqual(sleeps, [10]);
    assert.equal(closes, 1);
  });

  it('rejects a URI the driver cannot use with StoreUnavailableError naming NEO4J_URI (real driver, no server needed)', async () => {
    await assert.rejects(
      openNeo4jStore({
        uri: 'http://127.0.0.1:1',
        user: 'neo4j',
        password: PASSWORD,
        schemaStatements: [],
      }),
      /^StoreUnavailableError: NEO4J_URI http:\/\/127\.0\.0\.1:1 is not a usable Neo4j URI: Unknown scheme: http$/,
    );
  });
});
