import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  GraphQLError,
  buildSchema,
  getIntrospectionQuery,
  parse,
  type GraphQLObjectType,
} from 'graphql';
import {
  computedComplexity,
  listRows,
  readCost,
  relationshipComplexity,
} from '../../src/api/limits/field-complexity.js';
import {
  createComplexityCheck,
  measureQueryComplexity,
} from '../../src/api/limits/query-complexity.js';
import { createDepthCheck } from '../../src/api/limits/query-depth.js';

/** A small schema whose relationship fields carry the costs the API schema uses. */
function createSchema() {
  const schema = buildSchema(`
    type Query { forces: [Force!]! force(id: ID!): Force paths(from: ID!, to: ID!): [String!]! }
    type Force { id: ID! name: String! reports: [Report!]! page(first: Int): [Report!]! }
    type Report { id: ID! title: String! force: Force! }
  `);
  const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  for (const field of [
    fields('Query').forces!,
    fields('Query').force!,
    fields('Force').reports!,
    fields('Force').page!,
    fields('Report').force!,
  ])
    field.extensions = { ...field.extensions, complexity: relationshipComplexity };
  fields('Query').paths!.extensions = { complexity: computedComplexity(100) };
  return schema;
}

const schema = createSchema();
const measure = (query: string, variables?: Record<string, unknown>) =>
  measureQueryComplexity({ schema, document: parse(query), variables });
const cost = (query: string, variables?: Record<string, unknown>) =>
  measure(query, variables).complexity;

describe('query complexity', () => {
  it('charges a relationship field a read plus its rows times one item', () => {
    assert.equal(cost('{ forces { id name } }'), readCost + listRows * 2);
    assert.equal(cost('{ force(id: "a") { name } }'), readCost + 1);
    assert.equal(
      cost('{ forces { reports { force { name } } } }'),
      readCost + listRows * (readCost + listRows * (readCost + 1)),
    );
  });

  it('prices a paged field by its `first`, whatever the default fan-out', () => {
    assert.equal(cost('{ force(id: "a") { page(first: 50) { id } } }'), readCost + readCost + 50);
    assert.equal(cost('{ force(id: "a") { page(first: 5) { id } } }'), readCost + readCost + 5);
  });

  it('charges each alias with other arguments in full, so alias flooding adds up', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: force(id: "f${i}") { id }`);
    assert.equal(cost(`{ ${aliases.join(' ')} }`), 40 * (readCost + 1));
  });

  it('charges a root field repeated with the same arguments in full for every alias', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: forces { id }`).join(' ');
    assert.equal(cost(`{ ${aliases} }`), 40 * (readCost + listRows));
  });

  it('charges a computed question its fixed cost and counts it as expensive once per arguments', () => {
    assert.deepEqual(measure('{ paths(from: "a", to: "b") }'), {
      complexity: 100,
      expensiveFields: ['paths({"from":"a","to":"b"})'],
    });
    const twice = measure('{ x: paths(from: "a", to: "b") y: paths(to: "b", from: "a") }');
    assert.deepEqual(twice.expensiveFields, ['paths({"from":"a","to":"b"})']);
    assert.equal(
      measure('{ x: paths(from: "a", to: "b") y: paths(from: "a", to: "c") }').expensiveFields
        .length,
      2,
    );
  });

  it('charges nothing for introspection', () => {
    assert.equal(cost('{ __schema { types { name fields { name } } } __typename }'), 0);
  });

  it('skips what @skip and @include leave out', () => {
    assert.equal(
      cost('query($no: Boolean!) { forces @include(if: $no) { id } }', { no: false }),
      0,
    );
  });

  it('refuses variables that do not fit the operation with BAD_USER_INPUT and HTTP 400', () => {
    assert.throws(
      () => cost('query($id: ID!) { force(id: $id) { id } }', { id: { not: 'an id' } }),
      (error: unknown) =>
        error instanceof GraphQLError &&
        error.extensions.code === 'BAD_USER_INPUT' &&
        (error.extensions.http as { status: number }).status === 400 &&
        /\$id/.test(error.message),
    );
  });

  it('gives QUERY_TOO_COMPLEX with the cost and the limit above the maximum', () => {
    const check = createComplexityCheck({ maxQueryComplexity: 25, maxExpensiveFields: 5 });
    assert.equal(check({ schema, document: parse('{ force(id: "a") { id } }') }), undefined);
    const error = check({
      schema,
      document: parse(
        '{ a: force(id: "a") { id } b: force(id: "b") { id } c: force(id: "c") { id } }',
      ),
    });
    assert.equal(error?.extensions.code, 'QUERY_TOO_COMPLEX');
    assert.deepEqual(error?.extensions.http, { status: 400 });
    assert.match(error!.message, /estimated cost is 33, over the limit of 25/);
  });

  it('gives QUERY_TOO_COMPLEX for more different expensive questions than allowed', () => {
    const check = createComplexityCheck({ maxQueryComplexity: 100_000, maxExpensiveFields: 2 });
    const three =
      '{ a: paths(from: "a", to: "b") b: paths(from: "a", to: "c") c: paths(from: "a", to: "d") }';
    const error = check({ schema, document: parse(three) });
    assert.equal(error?.extensions.code, 'QUERY_TOO_COMPLEX');
    assert.match(error!.message, /asks 3 expensive questions \(paths\), over the limit of 2/);
  });
});

describe('query depth', () => {
  /** `{ forces { reports { force { ... { id } } } } }` with `levels` levels. */
  function nest(levels: number): string {
    const path = [
      'forces',
      ...Array.from({ length: levels - 1 }, (_, i) => (i % 2 ? 'force' : 'reports')),
    ];
    return `{ ${path.join(' { ')} { id }${' }'.repeat(levels - 1)} }`;
  }

  it('counts levels of fields that have their own selection set', () => {
    assert.equal(nest(3), '{ forces { reports { force { id } } } }');
    const check = createDepthCheck(3);
    assert.equal(check(schema, parse(nest(3))), undefined);
    const error = check(schema, parse(nest(4)));
    assert.equal(error?.extensions.code, 'QUERY_TOO_DEEP');
    assert.deepEqual(error?.extensions.http, { status: 400 });
    assert.match(error!.message, /operation depth 4 exceeds maximum of 3/);
  });

  it('lets a field nest inside itself up to the depth limit and no further', () => {
    assert.equal(createDepthCheck(10)(schema, parse(nest(10))), undefined);
    assert.equal(createDepthCheck(10)(schema, parse(nest(11)))?.extensions.code, 'QUERY_TOO_DEEP');
  });

  it('counts the fields of a fragment where it is spread, not the spread itself', () => {
    const query = '{ forces { ...F } } fragment F on Force { reports { force { id } } }';
    assert.equal(createDepthCheck(3)(schema, parse(query)), undefined);
    assert.equal(createDepthCheck(2)(schema, parse(query))?.extensions.code, 'QUERY_TOO_DEEP');
  });

  it("passes the standard introspection query (GraphiQL's) even under a low limit", () => {
    assert.equal(createDepthCheck(2)(schema, parse(getIntrospectionQuery())), undefined);
  });

  it('refuses introspection that loops through fields and types', () => {
    const loop = '{ __schema { types { fields { type { fields { type { name } } } } } } }';
    assert.equal(createDepthCheck(10)(schema, parse(loop))?.extensions.code, 'QUERY_TOO_DEEP');
  });
});
