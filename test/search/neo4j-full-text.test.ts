import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { toLuceneQuery } from '../../src/search/neo4j-full-text.js';

// What Lucene answers is tested on a real server in test/neo4j/search.test.ts.
describe('the Lucene query that scores full-text matches', () => {
  it('asks for every word, or all but one of three or more, or a printed acronym', () => {
    assert.equal(toLuceneQuery(['succession', 'planning'], []), '(+succession +planning)');
    assert.equal(
      toLuceneQuery(['metropolitan', 'intelligence', 'bureau'], ['mib']),
      '(+metropolitan +intelligence +bureau) (+intelligence +bureau) (+metropolitan +bureau) (+metropolitan +intelligence) mib',
    );
  });
});
