import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  getNamedType,
  isCompositeType,
  isIntrospectionType,
  isObjectType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { conformanceOperations } from './operations/index.js';

/** `Type.field` for every field any conformance operation selects. */
function listSelectedFields(schema: GraphQLSchema): Set<string> {
  const selected = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  for (const operation of conformanceOperations) {
    visit(
      parse(operation.query),
      visitWithTypeInfo(typeInfo, {
        Field() {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (parent && field) selected.add(`${parent.name}.${field.name}`);
        },
      }),
    );
  }
  return selected;
}

/**
 * Fields whose answer the engines must agree on beyond plain values: every root query field
 * and every field that crosses a relationship (its type is an object, interface or union).
 */
function listRelationalFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const isRoot = type === schema.getQueryType();
    for (const field of Object.values(type.getFields())) {
      if (isRoot || isCompositeType(getNamedType(field.type)))
        fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields.sort();
}

describe('conformance suite coverage', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildApiSchema();
  });

  it('holds only operations that are valid against the current schema', () => {
    const invalid = conformanceOperations.flatMap((operation) =>
      validate(schema, parse(operation.query)).map(
        (error) => `${operation.name}: ${error.message}`,
      ),
    );
    assert.deepEqual(invalid, []);
  });

  it('selects every root query field and every relationship field of the schema at least once', () => {
    const selected = listSelectedFields(schema);
    const missing = listRelationalFields(schema).filter((field) => !selected.has(field));
    assert.deepEqual(
      missing,
      [],
      'add an entry selecting each of these to test/conformance/operations/ (expected answers from test/fixtures/ or the report text)',
    );
  });

  it('names every operation differently, so a failure points at one entry', () => {
    const names = conformanceOperations.map((operation) => operation.name);
    assert.deepEqual(
      names.filter((name, index) => names.indexOf(name) !== index),
      [],
    );
  });
});
