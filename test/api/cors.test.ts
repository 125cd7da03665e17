import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';

const query = JSON.stringify({ query: '{ forces { id } }' });

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

function post(url: string, origin: string, contentType = 'application/json'): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': contentType },
    body: query,
  });
}

describe('CORS on /graphql', () => {
  let open: TestApi;
  let narrow: TestApi;
  before(async () => {
    open = await startTestApi();
    narrow = await startTestApi({
      seededStore: open.store,
      corsOrigins: ['http://allowed.localhost:5173'],
    });
  });
  after(async () => {
    await narrow?.close();
    await open?.close();
  });

  it('lets any origin call the API by default (CORS_ORIGINS unset)', async () => {
    const answer = await preflight(open.url, 'http://localhost:5173');
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    assert.match(answer.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /content-type/);
    const response = await post(open.url, 'http://localhost:5173');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    assert.ok(((await response.json()) as { data: { forces: unknown[] } }).data.forces.length > 0);
  });

  it('allows only the listed origins when CORS_ORIGINS names them', async () => {
    const allowed = await preflight(narrow.url, 'http://allowed.localhost:5173');
    assert.equal(
      allowed.headers.get('access-control-allow-origin'),
      'http://allowed.localhost:5173',
    );
    assert.match(allowed.headers.get('vary') ?? '', /Origin/i);
    const refused = await preflight(narrow.url, 'http://other.localhost:5173');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const response = await post(narrow.url, 'http://other.localhost:5173');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it("keeps Apollo's CSRF prevention: a request a browser would send without a preflight is refused", async () => {
    const simple = await post(open.url, 'http://localhost:5173', 'text/plain');
    assert.equal(simple.status, 400);
    assert.match(await simple.text(), /CSRF|preflight/i);
    const get = await fetch(`${open.url}?query=${encodeURIComponent('{ forces { id } }')}`, {
      headers: { origin: 'http://localhost:5173' },
    });
    assert.equal(get.status, 400);
  });
});
