import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { isUnionType } from 'graphql';
import { join } from 'node:path';
import { it } from 'node:test';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { printApiSchema } from '../../src/api/print-schema.js';
import { relationshipTypes } from '../../src/domain/model.js';
import { schemaDir } from '../../src/paths.js';
import { searchTypeLabels } from '../../src/search/search-documents.js';

it('schema/schema.graphql matches the SDL the type-graphql classes generate (run `npm run schema:emit` if not)', async () => {
  const committed = await readFile(join(schemaDir, 'schema.graphql'), 'utf8');
  assert.equal(committed, printApiSchema(await buildApiSchema()));
});

it('describes every type and field of the schema for readers who never saw the reports', async () => {
  const schema = await buildApiSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || ['Query'].includes(type.name))
      continue;
    if (!type.description) missing.push(type.name);
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
  }
  for (const field of Object.values(schema.getQueryType()!.getFields()))
    if (!field.description) missing.push(`Query.${field.name}`);
  assert.deepEqual(missing, []);
});

it('lets a typed client switch over every kind of search hit: SearchResult has one member per SearchType', async () => {
  const schema = await buildApiSchema();
  const union = schema.getType('SearchResult');
  assert.ok(isUnionType(union), 'SearchResult is a union');
  const members = union.getTypes().map((t) => t.name);
  assert.deepEqual(members.sort(), Object.values(searchTypeLabels).sort());
});

it('lets a typed client switch over what text names and what names it: Mentionable and MentioningItem follow MENTIONS', async () => {
  const schema = await buildApiSchema();
  const membersOf = (name: string) => {
    const union = schema.getType(name);
    assert.ok(isUnionType(union), `${name} is a union`);
    return union
      .getTypes()
      .map((t) => t.name)
      .sort();
  };
  const pairs = relationshipTypes.MENTIONS.pairs;
  assert.deepEqual(membersOf('Mentionable'), [...new Set(pairs.map(([, to]) => to))].sort());
  assert.deepEqual(membersOf('MentioningItem'), [...new Set(pairs.map(([from]) => from))].sort());
});
