import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import {
  QueryFailedError,
  QueryTimeoutError,
  StoreUnavailableError,
} from '../../../src/graph/errors.js';
import { isPermanentConnectError, mapNeo4jError } from '../../../src/graph/neo4j/neo4j-errors.js';

// No Neo4j server runs where these tests run: each Neo4jError is constructed here with the
// code a server (or the driver's connection pool) would put on it.
function driverError(code: string, message = `server said ${code}`): Error {
  return new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');
}

describe('mapNeo4jError', () => {
  for (const code of ['ServiceUnavailable', 'SessionExpired']) {
    it(`maps ${code} to StoreUnavailableError (Neo4jError built in-test, no Neo4j server here)`, () => {
      const cause = driverError(code);
      const mapped = mapNeo4jError(cause, 'force-by-id');
      assert.ok(mapped instanceof StoreUnavailableError);
      assert.match(mapped.message, /force-by-id/);
      assert.equal(mapped.cause, cause);
    });
  }

  it('maps an exhausted connection pool to StoreUnavailableError (Neo4jError built in-test, no Neo4j server here)', () => {
    const cause = driverError(
      'N/A',
      'Connection acquisition timed out in 60000 ms. Pool status: ...',
    );
    assert.ok(mapNeo4jError(cause, 'force-by-id') instanceof StoreUnavailableError);
  });

  for (const code of [
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ]) {
    it(`maps ${code} to QueryTimeoutError naming the query (Neo4jError built in-test, no Neo4j server here)`, () => {
      const mapped = mapNeo4jError(driverError(code), 'findings-by-topic');
      assert.ok(mapped instanceof QueryTimeoutError);
      assert.equal(mapped.queryName, 'findings-by-topic');
      assert.match(mapped.message, /^query findings-by-topic failed: timed out/);
    });
  }

  it('maps any other driver error to QueryFailedError naming the query and the code (Neo4jError built in-test, no Neo4j server here)', () => {
    const cause = driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    const mapped = mapNeo4jError(cause, 'force-by-id');
    assert.ok(mapped instanceof QueryFailedError);
    assert.ok(!(mapped instanceof QueryTimeoutError));
    assert.equal(mapped.queryName, 'force-by-id');
    assert.equal(
      mapped.message,
      'query force-by-id failed: Neo.ClientError.Statement.SyntaxError: Invalid input',
    );
    assert.equal(mapped.cause, cause);
  });

  it('returns errors that did not come from the driver unchanged', () => {
    const own = new QueryFailedError('x', 'bad row');
    const callers = new Error('validation failed');
    assert.equal(mapNeo4jError(own, 'y'), own);
    assert.equal(mapNeo4jError(callers, 'y'), callers);
    assert.equal(mapNeo4jError('plain string', 'y').message, 'plain string');
  });
});

describe('isPermanentConnectError', () => {
  it('does not retry a refusal by the server but retries network and transient failures (Neo4jError built in-test, no Neo4j server here)', () => {
    assert.equal(
      isPermanentConnectError(driverError('Neo.ClientError.Security.Unauthorized')),
      true,
    );
    assert.equal(
      isPermanentConnectError(driverError('Neo.ClientError.Database.DatabaseNotFound')),
      true,
    );
    assert.equal(isPermanentConnectError(driverError('ServiceUnavailable')), false);
    assert.equal(
      isPermanentConnectError(driverError('Neo.TransientError.General.DatabaseUnavailable')),
      false,
    );
    assert.equal(isPermanentConnectError(new Error('ECONNREFUSED')), false);
  });
});
