import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { toLuceneQuery } from '../../src/search/neo4j-full-text.js';
import { parseFullTextDefinition } from '../../src/graph/neo4j/full-text-index.js';
import { loadCatalog } from '../../src/graph/queries.js';

// What Lucene answers is tested on a real server in test/neo4j/search.test.ts.
describe('the Lucene query that scores full-text matches', () => {
  it('asks for every word, or all but one of three or more, the words as a phrase, or a printed acronym', () => {
    assert.equal(toLuceneQuery(['safeguarding'], []), '(+safeguarding)');
    assert.equal(
      toLuceneQuery(['succession', 'planning'], []),
      '(+succession +planning) "succession planning"~2',
    );
    assert.equal(
      toLuceneQuery(['metropolitan', 'intelligence', 'bureau'], ['mib']),
      '(+metropolitan +intelligence +bureau) (+intelligence +bureau) (+metropolitan +bureau) (+metropolitan +intelligence) "metropolitan intelligence bureau"~2 mib',
    );
  });
});

describe('the full-text index definition db:migrate compares with the server', () => {
  it('reads the name, labels and properties of the generated statement, figures included', () => {
    const [statement] = loadCatalog().schema.neo4jFullText;
    const definition = parseFullTextDefinition(statement!);
    assert.equal(definition.name, 'graph_text');
    assert.ok(definition.labels.includes('Figure') && definition.labels.includes('Passage'));
    assert.ok(definition.properties.includes('measure') && definition.properties.includes('text'));
  });

  it('refuses a statement that is not a full-text index', () => {
    assert.throws(() => parseFullTextDefinition('CREATE INDEX x FOR (n:Force) ON (n.name)'), {
      message: /not a full-text index statement/,
    });
  });
});
