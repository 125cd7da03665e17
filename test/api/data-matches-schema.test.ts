import assert from 'node:assert/strict';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { after, before, describe, it } from 'node:test';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

/**
 * The schema's promises held against the seed graph: every root list (and connection) of
 * entities is read with every scalar and enum field its type has, a page of 100 each. A value
 * the data holds that an enum does not list, or a null in a field declared non-null, is a
 * GraphQL error, so the answer must have none. The entity lists' closed sets must each be
 * served (a list that never reaches its enum would check nothing).
 */
describe('the seed graph matches the schema: enums and non-null fields sampled', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(() => api.close());

  const leafFields = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).filter(
      (field) =>
        isLeafType(getNamedType(field.type)) &&
        field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
    );

  /** Root fields without required arguments that list entities, with the type they list. */
  function listRootFields(schema: Awaited<ReturnType<typeof buildApiSchema>>) {
    const out: {
      field: GraphQLField<unknown, unknown>;
      item: GraphQLObjectType;
      paged: boolean;
    }[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      if (field.deprecationReason) continue;
      const type = getNullableType(field.type);
      const named = getNamedType(field.type);
      if (
        isListType(type) &&
        isObjectType(named) &&
        named.getInterfaces().some((i) => i.name === 'Node')
      )
        out.push({ field, item: named, paged: false });
      else if (isObjectType(named) && named.name.endsWith('Connection')) {
        const nodes = getNamedType(named.getFields().nodes!.type);
        if (isObjectType(nodes) && nodes.getInterfaces().some((i) => i.name === 'Node'))
          out.push({ field, item: nodes, paged: true });
      }
    }
    return out;
  }

  it('answers every root list of entities with all their scalar and enum fields without an error', async () => {
    const schema = await buildApiSchema();
    const lists = listRootFields(schema);
    assert.ok(lists.length >= 10, `root lists found: ${lists.map((l) => l.field.name).join()}`);
    const enumsSeen = new Map<string, Set<string>>();
    for (const { field, item, paged } of lists) {
      const fields = leafFields(item);
      const selection = fields.map((f) => f.name).join(' ');
      const query = paged
        ? `{ ${field.name}(first: 100) { nodes { ${selection} } } }`
        : `{ ${field.name} { ${selection} } }`;
      const { status, body } = await api.graphql(query);
      assert.equal(status, 200, `${field.name}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.errors, undefined, `${field.name}: ${JSON.stringify(body.errors)}`);
      const answer = body.data![field.name] as
        Record<string, unknown>[] | { nodes: Record<string, unknown>[] };
      const rows = Array.isArray(answer) ? answer : answer.nodes;
      assert.ok(rows.length > 0, `${field.name} lists something on the seed graph`);
      for (const f of fields) {
        const type = getNamedType(f.type);
        if (!isEnumType(type)) continue;
        const seen = enumsSeen.get(type.name) ?? new Set<string>();
        for (const row of rows) {
          const value = row[f.name];
          for (const v of Array.isArray(value) ? value : [value])
            if (typeof v === 'string') seen.add(v);
        }
        enumsSeen.set(type.name, seen);
      }
    }
    // The closed sets the entity lists carry are all exercised by the seed graph.
    for (const name of [
      'FindingKind',
      'InitiativeKind',
      'PartnerSector',
      'UnitKind',
      'OrganisationRole',
    ])
      assert.ok(
        (enumsSeen.get(name)?.size ?? 0) > 0,
        `${name} values served: ${[...(enumsSeen.get(name) ?? [])]}`,
      );
  });
});
