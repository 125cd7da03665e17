import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { describe, it } from 'node:test';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { measureQueryComplexity } from '../../src/api/limits/query-complexity.js';

/**
 * Selections through an interface or a lookup are priced like the same selection on the type:
 * a client cannot get a relationship read cheaper by asking for it `... on TextItem`.
 */
describe('costs of the interfaces, unions and lookups', async () => {
  const schema = await buildApiSchema();
  const cost = (query: string) =>
    measureQueryComplexity({ schema, document: parse(query) }).complexity;

  it('prices a selection through TextItem as the same selection on Finding', () => {
    const through = (fragment: string) =>
      cost(`{ search(query: "training", first: 10) { nodes { item {
        ... on ${fragment} { text report { title } force { name } theme { name } topics { name } mentions { evidence { quote } } }
      } } } }`);
    assert.equal(through('TextItem'), through('Finding'));
    assert.equal(through('TextItem'), through('Recommendation'));
  });

  it('prices nodes(ids:) one read plus one item per id, and a typed lookup like node(id:)', () => {
    assert.equal(cost('{ nodes(ids: ["a", "b", "c"]) { id } }'), 10 + 3 * 1);
    assert.equal(
      cost('{ finding(id: "a") { report { title } } }'),
      cost('{ node(id: "a") { ... on Finding { report { title } } } }'),
    );
  });

  it('prices nested connections as docs/api-limits.md says (the product of the page sizes)', () => {
    assert.equal(cost('{ forces { reports { findings(first: 20) { nodes { text } } } } }'), 5110);
    assert.equal(
      cost('{ forces { reports { findings(first: 100) { nodes { text topics { name } } } } } }'),
      221110,
    );
    assert.equal(
      cost(
        '{ initiatives(first: 20) { nodes { name mentionedBy(first: 20) { nodes { evidence { quote } } } } } }',
      ),
      1450,
    );
    const partners = (first: number) =>
      cost(
        `{ partnerAgencies(first: ${first}) { nodes { name sector participation { initiative { name kind forces { name } } evidence { quote } } } } }`,
      );
    assert.deepEqual([partners(50), partners(100)], [13160, 26310]);
  });
});
