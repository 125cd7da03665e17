import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { StoreUnavailableError } from '../../../src/graph/errors.js';
import { openNeo4jStore, type Neo4jStoreOptions } from '../../../src/graph/neo4j/neo4j-store.js';
import { newDriverLog, recordingDriver } from '../../support/recording-driver.js';

// What the adapter does before any server answers, with the real driver against a loopback
// port nothing listens on. Everything that needs a server (sessions, transactions, retries,
// the shared driver) is tested against a real one in test/neo4j/store-adapter.test.ts.

const PASSWORD = 'correct-horse-battery';

describe('openNeo4jStore with the real driver and no server', () => {
  it('fails against a closed loopback port after exactly 2 attempts with StoreUnavailableError naming NEO4J_URI (real driver, no server needed)', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const log = newDriverLog();
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
      createDriver: recordingDriver(log),
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
    assert.equal(log.verifies.length, 2);
    assert.deepEqual(sleeps, [10]);
    assert.equal(log.closes, 1);
  });

  it('rejects a retry policy with no attempts before connecting, and closes the driver (real driver, no server needed)', async () => {
    const log = newDriverLog();
    await assert.rejects(
      openNeo4jStore({
        uri: 'bolt://127.0.0.1:1',
        user: 'neo4j',
        password: PASSWORD,
        schemaStatements: [],
        connectRetry: { attempts: 0, delayMs: 0 },
        createDriver: recordingDriver(log),
      }),
      RangeError,
    );
    assert.equal(log.verifies.length, 0);
    assert.equal(log.closes, 1);
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
