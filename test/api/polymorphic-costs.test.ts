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

  it('prices the fields added since 0.1.0 as the table of docs/api-limits.md says', () => {
    const facets =
      'facets { kinds { kind count } themes { theme { name } count } topics { topic { name } count } }';
    const table: [string, number][] = [
      [
        '{ bodies(first: 20) { nodes { name role mentionedBy(first: 5) { nodes { evidence { quote } } } } } }',
        570,
      ],
      [
        '{ recommendations(first: 20) { nodes { addressing { finding { text } evidence { quote } } } } }',
        1030,
      ],
      [
        '{ initiatives(first: 20) { nodes { runners { force { name } evidence { quote } } } } }',
        1030,
      ],
      [
        '{ units(first: 20) { nodes { memberships { force { name } evidence { lines { start } } } } } }',
        1230,
      ],
      [
        '{ reports { glossary { acronym definitions { report { title } evidence { quote } } } } }',
        5210,
      ],
      [
        '{ findings(first: 20) { nodes { tags { topic { name } cue matched evidence { quote } } } } }',
        1430,
      ],
      [
        '{ judgements(first: 20) { nodes { grade previous { grade report { publishedOn } } } } }',
        490,
      ],
      [`{ findings(first: 0) { totalCount ${facets} } }`, 121],
      [`{ findings(first: 20) { nodes { text } ${facets} } }`, 161],
      ['{ reports { findings(first: 0) { facets { kinds { kind count } } } } }', 420],
    ];
    assert.deepEqual(
      table.map(([query]) => [query, cost(query)]),
      table,
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
