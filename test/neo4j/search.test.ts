import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { seedNeo4j } from '../conformance/neo4j-target.js';
import {
  searchItemIds,
  startServeProcess,
  stopProcess,
  type ServeProcess,
} from '../support/serve-process.js';

// SEARCH_BACKEND=neo4j-fulltext on a real server: `npm run db:migrate -- --fulltext` creates
// the index and waits for it, then `npm start` ranks with Lucene. Which items match follows the
// in-process rules, so both backends return the same items; Lucene scores differently, so the
// order may differ, but not the best hits of the searches the IDE examples and the conformance
// suite make.

const migrate = fileURLToPath(new URL('../../src/cli/migrate.js', import.meta.url));

/** The searches of schema/examples/12-search.graphql and of the conformance suite. */
const searches = [
  { query: 'succession planning', types: ['FINDING', 'RECOMMENDATION'], top: 3 },
  { query: 'MASH', types: ['INITIATIVE'], top: 1 },
  { query: 'crown prosecution', types: ['PARTNER_AGENCY'], top: 1 },
  { query: 'domestic abuse', types: ['FINDING'], top: 3 },
];

/**
 * Searches whose answers the word rules decide: acronyms both ways (the PEEL report's glossary
 * and the Met 2007 findings print MIB), all but one word of a longer query, a typo, a prefix, a
 * quoted phrase, and nothing for an operation the reports never name.
 */
const sameAnswers: { query: string; types: string[] | null; atLeast: number }[] = [
  { query: 'Metropolitan intelligence bureau', types: ['FINDING', 'PASSAGE'], atLeast: 1 },
  { query: 'MIB', types: ['FINDING', 'PASSAGE'], atLeast: 1 },
  { query: 'succession planning unicorn', types: null, atLeast: 1 },
  { query: 'safegaurding adults', types: null, atLeast: 1 },
  { query: 'safeguard', types: ['FINDING'], atLeast: 1 },
  { query: '"domestic abuse" victims', types: null, atLeast: 1 },
  { query: 'Operation Nimrod', types: null, atLeast: 0 },
];

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
      const byLucene = await searchItemIds(lucene.url, query, { types });
      const byMinisearch = await searchItemIds(minisearch.url, query, { types });
      assert.ok(byMinisearch.length >= top, `the in-process index finds ${byMinisearch.length}`);
      assert.deepEqual(
        [...byLucene.slice(0, top)].sort(),
        [...byMinisearch.slice(0, top)].sort(),
        `Lucene: ${byLucene.join(', ')}\nMiniSearch: ${byMinisearch.join(', ')}`,
      );
    });
  }

  for (const { query, types, atLeast } of sameAnswers) {
    it(`returns the same items for '${query}' as the in-process index`, async () => {
      const byLucene = await searchItemIds(lucene.url, query, { types, first: 100 });
      const byMinisearch = await searchItemIds(minisearch.url, query, { types, first: 100 });
      assert.ok(
        byMinisearch.length >= atLeast,
        `the in-process index finds ${byMinisearch.length}`,
      );
      if (atLeast === 0) assert.deepEqual(byMinisearch, []);
      assert.deepEqual([...byLucene].sort(), [...byMinisearch].sort());
    });
  }
});
