import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

/**
 * The alias attacks of the audit: many aliases of an expensive question in one request. Each
 * is refused before it runs; a question asked twice with the same arguments runs once.
 */

const aliases = (count: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

describe('alias attacks', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api?.close();
  });

  const attacks: [string, string][] = [
    [
      '200 identical sharedWeaknesses',
      aliases(200, () => 'sharedWeaknesses { topic { name } forces { name } }'),
    ],
    [
      '200 sharedWeaknesses with other arguments',
      aliases(200, (i) => `sharedWeaknesses(minForces: ${i + 2}) { topic { name } }`),
    ],
    [
      '120 identical paths',
      aliases(
        120,
        () => 'paths(fromId: "metropolitan-police", toId: "thames-valley-police") { nodes { id } }',
      ),
    ],
    [
      '120 paths with other hops',
      aliases(
        120,
        (i) =>
          `paths(fromId: "metropolitan-police", toId: "thames-valley-police", maxHops: ${1 + (i % 6)}) { nodes { id } }`,
      ),
    ],
    [
      'six different expensive questions',
      aliases(6, (i) => `sharedWeaknesses(minForces: ${i + 2}) { topic { name } }`),
    ],
  ];
  for (const [name, query] of attacks)
    it(`refuses ${name} with QUERY_TOO_COMPLEX before reading anything`, async () => {
      const response = await api.graphql(query, undefined, { 'x-query-stats': '1' });
      assert.equal(response.status, 400);
      assert.equal(codeOf(response), 'QUERY_TOO_COMPLEX');
      assert.equal(response.body.data, undefined);
    });

  it('runs a question asked twice with the same arguments once', async () => {
    // A theme filter reads the store on every request (without one, the question's rows are
    // kept between requests: test/api/derived-cache.test.ts).
    const theme = 'themeIds: ["protecting-vulnerable-people"]';
    const one = await api.graphql(`{ sharedWeaknesses(${theme}) { topic { id } } }`, undefined, {
      'x-query-stats': '1',
    });
    const twice = await api.graphql(
      `{ a: sharedWeaknesses(${theme}) { topic { id } } b: sharedWeaknesses(${theme}, minForces: 2) { topic { name } } }`,
      undefined,
      { 'x-query-stats': '1' },
    );
    assert.equal(twice.status, 200, JSON.stringify(twice.body.errors));
    const stats = (r: GraphQLResponse) =>
      (r.body.extensions!.queryStats as { dbQueries: number }).dbQueries;
    assert.equal(stats(twice), stats(one), 'the second alias read nothing more');
    const data = twice.body.data as Record<string, { topic: { id?: string } }[]>;
    assert.equal(data.a!.length, data.b!.length);
  });
});
