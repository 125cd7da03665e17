import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getIntrospectionQuery } from 'graphql';
import { createLogger } from '../../src/server/logger.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

/** Log lines written by a logger, parsed. */
function captureLogger(level: string, secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    secrets,
    destination: { write: (line) => lines.push(line) },
  });
  return { logger, lines };
}

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

describe('server hardening', () => {
  const logged = captureLogger('info');
  let api: TestApi;
  before(async () => {
    api = await startTestApi({ logger: logged.logger });
  });
  after(async () => {
    await api?.close();
  });

  for (const operation of ['mutation { forces { id } }', 'subscription { forces { id } }'])
    it(`answers "${operation.split(' ')[0]}" with 400 GRAPHQL_VALIDATION_FAILED and logs no error`, async () => {
      const before = logged.lines.length;
      const response = await api.graphql(operation);
      assert.equal(response.status, 400);
      assert.equal(codeOf(response), 'GRAPHQL_VALIDATION_FAILED');
      assert.match(response.body.errors![0]!.message, /only answers queries/);
      const errors = logged.lines.slice(before).filter((line) => JSON.parse(line).level >= 50);
      assert.deepEqual(errors, []);
    });

  it('puts nosniff and the usual security headers on every response', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const responses = [
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ forces { id } }"}',
      }),
      await fetch(`${base}/healthz`),
      await fetch(api.url, { headers: { accept: 'text/html' } }),
      await fetch(`${base}/nowhere`),
    ];
    for (const response of responses) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', response.url);
      assert.ok(response.headers.get('x-frame-options'), response.url);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', response.url);
      assert.ok(response.headers.get('content-security-policy'), response.url);
      assert.equal(response.headers.get('x-powered-by'), null);
    }
  });

  it('quotes at most 200 characters of an input in an error message', async () => {
    const id = 'x'.repeat(90_000);
    const response = await api.graphql(
      'query ($id: ID!) { gradeComparison(themeId: $id) { theme { id } } }',
      { id },
    );
    const message = response.body.errors![0]!.message;
    assert.equal(codeOf(response), 'NOT_FOUND');
    assert.ok(message.length < 300, `${message.length} characters`);
    const invalid = await api.graphql('query ($n: Int) { forces { id } }', { n: 'y'.repeat(5000) });
    assert.ok(invalid.body.errors![0]!.message.length < 400);
  });

  it('runs many aliased store reads in one request without a MaxListenersExceededWarning', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    // Each alias its own store reads: distinct filters, so neither batched nor shared.
    const fields = Array.from(
      { length: 30 },
      (_, i) => `f${i}: findings(filter: { text: "police ${i}" }, first: 1) { totalCount }`,
    );
    const response = await api.graphql(`{ ${fields.join(' ')} }`);
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    assert.equal(response.status, 200);
    assert.deepEqual(
      warnings.filter((w) => w.name === 'MaxListenersExceededWarning'),
      [],
    );
  });
});

describe('the request log', () => {
  const secret = 'neo4j-Pa55word!';

  it('never writes credential headers, the Neo4j password, or GET variables below debug', async () => {
    const logged = captureLogger('info', [secret]);
    const api = await startTestApi({ logger: logged.logger });
    try {
      const variables = encodeURIComponent(JSON.stringify({ q: 'private search words' }));
      await fetch(
        `${api.url}?query=${encodeURIComponent('query ($q: String) { forces { id } }')}&variables=${variables}`,
        {
          headers: {
            authorization: 'Bearer top-secret-token',
            cookie: 'session=top-secret-cookie',
            'x-api-key': 'top-secret-key',
            'apollo-require-preflight': 'true',
          },
        },
      );
      logged.logger.error({ err: new Error(`cannot connect as neo4j:${secret}@db`) }, 'failure');
      const text = logged.lines.join('');
      for (const leaked of ['top-secret', 'private search words', secret])
        assert.ok(!text.includes(leaked), `the log holds ${leaked}`);
      assert.match(text, /\[Redacted\]/);
    } finally {
      await api.close();
    }
  });

  it('writes GET variables at the debug level', async () => {
    const logged = captureLogger('debug');
    const api = await startTestApi({ logger: logged.logger });
    try {
      const variables = encodeURIComponent(JSON.stringify({ q: 'wanted words' }));
      await fetch(
        `${api.url}?query=${encodeURIComponent('{ forces { id } }')}&variables=${variables}`,
      );
      assert.ok(logged.lines.join('').includes('wanted'));
    } finally {
      await api.close();
    }
  });
});

describe('GRAPHQL_INTROSPECTION=false', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi({ http: { introspection: false } });
  });
  after(async () => {
    await api?.close();
  });

  it('refuses introspection, serves no IDE page and gives no field suggestions', async () => {
    const introspection = await api.graphql(getIntrospectionQuery());
    assert.equal(introspection.status, 400);
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    assert.ok(!(page.headers.get('content-type') ?? '').includes('text/html'));
    const typo = await api.graphql('{ forcez { id } }');
    assert.equal(codeOf(typo), 'GRAPHQL_VALIDATION_FAILED');
    assert.doesNotMatch(typo.body.errors![0]!.message, /Did you mean/);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once an address has used its requests for the minute', async () => {
    const api = await startTestApi({ http: { rateLimitPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ forces { id } }"}',
        });
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.ok(Number(last!.headers.get('retry-after')) > 0);
      const body = (await last!.json()) as GraphQLResponse['body'];
      assert.equal(body.errors![0]!.extensions!.code, 'RATE_LIMITED');
      const health = await fetch(api.url.replace(/\/graphql$/, '/healthz'));
      assert.equal(health.status, 200);
    } finally {
      await api.close();
    }
  });
});
