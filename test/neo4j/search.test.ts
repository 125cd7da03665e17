import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { seedNeo4j } from '../conformance/neo4j-target.js';
import { startServeProcess, stopProcess, type ServeProcess } from '../support/serve-process.js';

// SEARCH_BACKEND=neo4j-fulltext on a real server: `npm run db:migrate -- --fulltext` creates
// the index and waits for it, then `npm start` ranks with Lucene. Lucene scores differently
// from the in-process index, so the bar is the one users see: the same best hits, first, for
// the searches the IDE examples and the conformance suite make.

const migrate = fileURLToPath(new URL('../../src/cli/migrate.js', import.meta.url));

interface Hit {
  type: string;
  item: { id: string };
}

/** The searches of schema/examples/12-search.graphql and of the conformance suite. */
const searches = [
  { query: 'succession planning', types: ['FINDING', 'RECOMMENDATION'], top: 3 },
  { query: 'MASH', types: ['INITIATIVE'], top: 1 },
  { query: 'crown prosecution', types: ['PARTNER_AGENCY'], top: 1 },
  { query: 'domestic abuse', types: ['FINDING'], top: 3 },
];

async function search(url: string, query: string, types: string[]): Promise<string[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query ($q: String!, $types: [SearchType!]) { search(query: $q, types: $types, first: 10) { nodes { type item { ... on Node { id } } } } }',
      variables: { q: query, types },
    }),
  });
  const body = (await response.json()) as { data?: { search: { nodes: Hit[] } }; errors?: unknown };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.search.nodes.map((hit) => hit.item.id);
}

describe('search ranked by the Neo4j full-text index', () => {
  let lucene: ServeProcess;
  let minisearch: ServeProcess;
  before(async () => {
    await seedNeo4j();
    const migrated = spawnSync(process.execPath, [migrate, '--fulltext'], { encoding: 'utf8' });
    assert.equal(migrated.status, 0, migrated.stderr);
    lucene = await startServeProcess({ ...process.env, SEARCH_BACKEND: 'neo4j-fulltext' });
    minisearch = await startServeProcess({ ...process.env, SEARCH_BACKEND: 'minisearch' });
  });
  after(async () => {
    if (lucene) await stopProcess(lucene.child);
    if (minisearch) await stopProcess(minisearch.child);
  });

  for (const { query, types, top } of searches) {
    it(`puts the same ${top === 1 ? 'best hit' : `top ${top} hits`} first for "${query}" as the in-process index`, async () => {
      const byLucene = await search(lucene.url, query, types);
      const byMinisearch = await search(minisearch.url, query, types);
      assert.ok(byMinisearch.length >= top, `the in-process index finds ${byMinisearch.length}`);
      assert.deepEqual(
        [...byLucene.slice(0, top)].sort(),
        [...byMinisearch.slice(0, top)].sort(),
        `Lucene: ${byLucene.join(', ')}\nMiniSearch: ${byMinisearch.join(', ')}`,
      );
    });
  }
});
