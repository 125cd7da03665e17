import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeUri, redactSecret } from '../../../src/graph/neo4j/redact.js';

describe('describeUri', () => {
  it('drops credentials embedded in a URI and leaves other URIs alone', () => {
    assert.equal(
      describeUri('neo4j+s://neo4j:s3cret@db.example.org:7687'),
      'neo4j+s://db.example.org:7687',
    );
    assert.equal(describeUri('bolt://127.0.0.1:7687'), 'bolt://127.0.0.1:7687');
  });
});

describe('redactSecret', () => {
  it('replaces every occurrence of the password', () => {
    assert.equal(redactSecret('pw hunter22 and hunter22', 'hunter22'), 'pw *** and ***');
  });

  it('leaves messages alone for passwords too short to find safely', () => {
    assert.equal(redactSecret('a bad answer', 'a'), 'a bad answer');
  });
});
