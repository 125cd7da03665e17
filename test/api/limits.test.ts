import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { getIntrospectionQuery } from 'graphql';
import type { GraphStore } from '../../src/graph/store.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

/** What a test store does wrong, by query name. */
interface Faults {
  /** Reads that take `slowMs` before they start. */
  slow?: RegExp;
  slowMs?: number;
  /** Reads that fail with an unexpected error. */
  failing?: RegExp;
  /** Reads that find nothing. */
  empty?: RegExp;
}

function injectFaults(store: GraphStore, faults: Faults): GraphStore {
  return {
    engine: store.engine,
    async read(query, params) {
      if (faults.failing?.test(query.name)) throw new Error('disk on fire at /var/secret/graph');
      if (faults.empty?.test(query.name)) return [];
      if (faults.slow?.test(query.name))
        await delay(faults.slowMs ?? 5_000, undefined, { ref: false });
      return store.read(query, params);
    },
    writeTransaction: store.writeTransaction.bind(store),
    applySchema: () => store.applySchema(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

/** The server still answers an ordinary query after refusing one. */
async function assertStillServing(server: TestApi): Promise<void> {
  const { status, body } = await server.graphql('{ forces { id } }');
  assert.equal(status, 200);
  assert.equal(body.errors, undefined);
  assert.ok((body.data!.forces as unknown[]).length > 0);
}

/** `theme(id: ...) { parent { parent { ... { id } } } }`, `levels` deep. */
function themeChain(levels: number): string {
  const parents = 'parent { '.repeat(levels - 1);
  return `{ theme(id: "protecting-vulnerable-people/domestic-violence") { ${parents}id ${'} '.repeat(levels)}}`;
}

// One seeded store for the file; the servers with other settings serve it too.
let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(async () => {
  await api?.close();
});

describe('request limits over HTTP, with the default settings', () => {
  it('answers a query nested 10 levels deep', async () => {
    const { status, body } = await api.graphql(themeChain(10));
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
  });

  it('refuses a query nested 11 levels deep with QUERY_TOO_DEEP and HTTP 400, and keeps serving', async () => {
    const response = await api.graphql(themeChain(11));
    assert.equal(response.status, 400);
    assert.equal(codeOf(response), 'QUERY_TOO_DEEP');
    assert.match(response.body.errors![0]!.message, /depth 11 exceeds maximum of 10/);
    assert.equal(response.body.data, undefined);
    await assertStillServing(api);
  });

  it('answers the standard introspection query the IDE sends', async () => {
    const { status, body } = await api.graphql(getIntrospectionQuery());
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    assert.ok(body.data!.__schema);
  });

  it('refuses alias flooding with QUERY_TOO_COMPLEX and HTTP 400, and keeps serving', async () => {
    const aliases = Array.from({ length: 2_100 }, (_, i) => `a${i}: forces { ...F }`).join(' ');
    const query = `{ ${aliases} } fragment F on Force { id name shortName aliases }`;
    assert.ok(query.length < 100_000, 'stays under the body size limit');
    const response = await api.graphql(query);
    assert.equal(response.status, 400);
    assert.equal(codeOf(response), 'QUERY_TOO_COMPLEX');
    assert.equal(response.body.data, undefined);
    await assertStillServing(api);
  });

  it('refuses a variable of the wrong type with BAD_USER_INPUT and HTTP 400', async () => {
    const response = await api.graphql('query($id: ID!) { force(id: $id) { id } }', {
      id: { $ne: null },
    });
    assert.equal(response.status, 400);
    assert.equal(codeOf(response), 'BAD_USER_INPUT');
    assert.match(response.body.errors![0]!.message, /\$id/);
  });

  it('refuses a missing required variable with BAD_USER_INPUT and HTTP 400', async () => {
    const response = await api.graphql('query($id: ID!) { force(id: $id) { id } }', {});
    assert.equal(response.status, 400);
    assert.equal(codeOf(response), 'BAD_USER_INPUT');
  });

  it('treats an injection-looking id as text and answers null', async () => {
    const response = await api.graphql('query($id: ID!) { force(id: $id) { id } }', {
      id: "x' OR 1=1 RETURN f //",
    });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body.data, { force: null });
  });
});

describe('request limits over HTTP, with a slow and faulty store and tight settings', () => {
  let tight: TestApi;
  before(async () => {
    tight = await startTestApi({
      seededStore: api.store,
      // The deadline leaves the read of all forces ample time on a loaded machine (the test
      // counts it as finished); only the read made slow on purpose outlasts it.
      limits: { requestTimeoutMs: 2_000, maxQueryComplexity: 2000 },
      wrapStore: (store) =>
        injectFaults(store, {
          slow: /reports-by-force-ids$/,
          slowMs: 60_000,
          failing: /themes-all$/,
          empty: /themes-by-(?!ids$)/,
        }),
    });
  });
  after(async () => {
    await tight.close();
  });

  it('stops a request at REQUEST_TIMEOUT_MS with one TIMEOUT error and HTTP 400', async () => {
    const started = performance.now();
    const response = await tight.graphql('{ forces { name reports { id } } }', undefined, {
      'x-query-stats': '1',
    });
    const elapsed = performance.now() - started;
    assert.ok(
      elapsed < 30_000,
      `answered after ${Math.round(elapsed)} ms, not after the slow read`,
    );
    assert.equal(response.status, 400);
    assert.equal(response.body.errors?.length, 1);
    assert.equal(codeOf(response), 'TIMEOUT');
    assert.match(response.body.errors![0]!.message, /within 2000 ms/);
    assert.equal(response.body.data, undefined);
    // The read of all forces finished; the abandoned read of their reports is not counted.
    assert.equal((response.body.extensions?.queryStats as { dbQueries: number }).dbQueries, 1);
    await assertStillServing(tight);
  });

  it('applies MAX_QUERY_COMPLEXITY', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: forces { id name }`).join(' ');
    const response = await tight.graphql(`{ ${aliases} }`);
    assert.equal(response.status, 400);
    assert.equal(codeOf(response), 'QUERY_TOO_COMPLEX');
    assert.match(response.body.errors![0]!.message, /over the limit of 2000/);
    await assertStillServing(tight);
  });

  it('answers an unexpected failure as INTERNAL_SERVER_ERROR without stack trace or detail', async () => {
    const response = await tight.graphql('{ themes { id } }');
    assert.equal(codeOf(response), 'INTERNAL_SERVER_ERROR');
    assert.equal(response.body.errors![0]!.message, 'Internal server error');
    assert.doesNotMatch(JSON.stringify(response.body), /stacktrace|disk on fire|\/var\/secret/);
    await assertStillServing(tight);
  });

  it('answers NOT_FOUND where a non-null relationship finds nothing', async () => {
    const response = await tight.graphql('{ reports { judgements { theme { id } } } }');
    assert.equal(codeOf(response), 'NOT_FOUND');
    assert.match(response.body.errors![0]!.message, /not found/);
  });
});

describe('error detail with NODE_ENV=development', () => {
  let development: TestApi;
  before(async () => {
    development = await startTestApi({
      seededStore: api.store,
      development: true,
      wrapStore: (store) => injectFaults(store, { failing: /themes-all$/ }),
    });
  });
  after(async () => {
    await development.close();
  });

  it('keeps the message and the stack trace of an unexpected failure', async () => {
    const response = await development.graphql('{ themes { id } }');
    const [error] = response.body.errors!;
    assert.match(error!.message, /disk on fire/);
    assert.ok(Array.isArray(error!.extensions?.stacktrace));
    assert.ok(error!.extensions!.stacktrace!.length > 1);
  });
});
