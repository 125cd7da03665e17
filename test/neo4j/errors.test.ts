import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryFailedError, QueryTimeoutError } from '../../src/graph/errors.js';
import type { GraphStore, NamedQuery } from '../../src/graph/store.js';
import { startTestApi } from '../support/api-server.js';
import { openNeo4jTestStore } from './neo4j-store.js';

// Errors a real Neo4j server raises, mapped by the adapter to the graph layer's errors and by
// the API to coded GraphQL errors. The API's own queries never fail this way, so the GraphQL
// half swaps the text of the query behind `forces` for one the server refuses.

const syntaxError: NamedQuery = {
  name: 'test/syntax-error',
  text: 'MATCH (f:Force) RETURN f.id AS',
};
const slow: NamedQuery = {
  name: 'test/slow',
  text: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 10 RETURN count(x) AS matches',
};
const createForce: NamedQuery = {
  name: 'test/create-force',
  text: 'CREATE (:Force {id: $id, name: $id})',
};
const findForce: NamedQuery = {
  name: 'test/find-force',
  text: 'MATCH (f:Force {id: $id}) RETURN count(f) AS forces',
};
const duplicateId = 'test-duplicate-force';

/** Runs two creates of one Force id in one transaction: the uniqueness constraint refuses the second. */
function violateConstraint(store: GraphStore): Promise<unknown> {
  return store.writeTransaction(async (tx) => {
    await tx.run(createForce, { id: duplicateId });
    await tx.run(createForce, { id: duplicateId });
  });
}

/** `store` with the query named `queries/forces-all` replaced by `failing`. */
function failingForces(
  store: GraphStore,
  failing: (store: GraphStore) => Promise<never>,
): GraphStore {
  return {
    engine: store.engine,
    read: (query, params) =>
      query.name === 'queries/forces-all' ? failing(store) : store.read(query, params),
    writeTransaction: (work) => store.writeTransaction(work),
    applySchema: () => store.applySchema(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

async function forcesErrorCode(store: GraphStore, failing: (store: GraphStore) => Promise<never>) {
  const api = await startTestApi({
    seededStore: store,
    wrapStore: (s) => failingForces(s, failing),
  });
  try {
    const { body } = await api.graphql('{ forces { id } }');
    return {
      codes: body.errors?.map((error) => error.extensions?.code),
      message: body.errors?.[0]?.message,
    };
  } finally {
    await api.close();
  }
}

describe('errors from a real Neo4j server', () => {
  let store: GraphStore;
  let impatient: GraphStore;
  before(async () => {
    store = await openNeo4jTestStore();
    // Another pool settings key would refuse to share the driver; only the timeout differs.
    impatient = await openNeo4jTestStore({ queryTimeoutMs: 300 });
  });
  after(async () => {
    await impatient?.close();
    await store?.close();
  });

  it('maps a syntax error to QueryFailedError naming the query and the server code', async () => {
    await assert.rejects(store.read(syntaxError), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError && !(error instanceof QueryTimeoutError));
      assert.equal(error.queryName, 'test/syntax-error');
      assert.match(error.message, /Neo\.ClientError\.Statement\.SyntaxError/);
      return true;
    });
  });

  it('maps a uniqueness violation to QueryFailedError naming the query, and writes nothing', async () => {
    await assert.rejects(violateConstraint(store), (error: unknown) => {
      assert.ok(error instanceof QueryFailedError);
      assert.equal(error.queryName, 'test/create-force');
      assert.match(error.message, /Neo\.ClientError\.Schema\.ConstraintValidationFailed/);
      return true;
    });
    assert.deepEqual(await store.read(findForce, { id: duplicateId }), [{ forces: 0 }]);
  });

  it('maps a query stopped by the transaction timeout to QueryTimeoutError naming the query, and keeps serving', async () => {
    await assert.rejects(impatient.read(slow), (error: unknown) => {
      assert.ok(error instanceof QueryTimeoutError);
      assert.equal(error.queryName, 'test/slow');
      assert.match(error.message, /Neo\.ClientError\.Transaction\.TransactionTimedOut/);
      return true;
    });
    assert.deepEqual(await impatient.read(findForce, { id: duplicateId }), [{ forces: 0 }]);
  });

  it('answers a syntax error and a constraint violation as INTERNAL_SERVER_ERROR without the server text, and a timeout as SERVICE_UNAVAILABLE', async () => {
    const syntax = await forcesErrorCode(store, (s) => s.read(syntaxError) as Promise<never>);
    assert.deepEqual(syntax, {
      codes: ['INTERNAL_SERVER_ERROR'],
      message: 'Internal server error',
    });
    const constraint = await forcesErrorCode(store, (s) => violateConstraint(s) as Promise<never>);
    assert.deepEqual(constraint, {
      codes: ['INTERNAL_SERVER_ERROR'],
      message: 'Internal server error',
    });
    const timeout = await forcesErrorCode(impatient, (s) => s.read(slow) as Promise<never>);
    assert.deepEqual(timeout, {
      codes: ['SERVICE_UNAVAILABLE'],
      message: 'The query took too long.',
    });
  });
});
