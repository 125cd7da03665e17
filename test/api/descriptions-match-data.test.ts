import assert from 'node:assert/strict';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { after, before, describe, it } from 'node:test';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

/**
 * Descriptions match the data (issue 15): the schema is read by introspection, and every field
 * within three levels of a root list (or of a root question given sample arguments) is asked
 * of the seed graph over HTTP, each object type expanded once per query, so a new field or
 * type is sampled without editing this test. A value an enum does not declare, or a null in a
 * non-null field, is a GraphQL error; every enum-typed field must be reached and every output
 * enum must hold data; value names in enum descriptions must be declared values; and a
 * nullable field that serves null must say in its description when it is null.
 */

/** One selected field, with what it selects, to walk the answer alongside the query. */
interface Selected {
  readonly key: string;
  readonly owner: string;
  readonly field: GraphQLField<unknown, unknown>;
  readonly children: readonly Selected[];
  /** Set when selected through an inline fragment on this member of an abstract type. */
  readonly on?: string;
}

const nestedPage = 2;
const rootPage = 10;
const maxDepth = 3;

/**
 * Arguments for the root questions that need some (the only values this test names): a root
 * field with required arguments and no entry here is left out, and the enum check below fails
 * if that leaves an enum-typed field unreached.
 */
const sampleArguments: Readonly<Record<string, string>> = {
  arrangementPartners: '(arrangement: "MASH", scopes: [FORCE, NATIONAL])',
  search: '(query: "training", first: 100)',
  paths: '(fromId: "metropolitan-police", toId: "west-midlands-police")',
  neighbourhood: '(id: "metropolitan-police")',
  similarForces: '(forceId: "metropolitan-police")',
};

const needsArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * The selection of `type`: every leaf field, and every object field expanded unless its type
 * was expanded already in this query (then only its leaf fields). Connections are asked for
 * a small page of `nodes`; abstract types through an inline fragment per member, aliased so
 * that same-named fields of different types do not conflict.
 */
function selectFields(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  expanded: Set<string>,
  depth: number,
  aliasPrefix = '',
): Selected[] {
  if (isAbstractType(type)) {
    const out: Selected[] = [];
    for (const member of schema.getPossibleTypes(type))
      for (const selected of selectFields(schema, member, expanded, depth, `${member.name}_`))
        out.push({ ...selected, on: member.name });
    return out;
  }
  if (!isObjectType(type)) return [];
  const deep = depth > 0 && !expanded.has(type.name);
  if (deep) expanded.add(type.name);
  const out: Selected[] = [];
  for (const field of Object.values(type.getFields())) {
    if (needsArguments(field) || field.name === 'edges') continue;
    const named = getNamedType(field.type);
    const key = `${aliasPrefix}${field.name}`;
    if (isLeafType(named)) {
      out.push({ key, owner: type.name, field, children: [] });
      continue;
    }
    if (!deep) continue;
    const children = selectFields(schema, named, expanded, depth - 1);
    if (children.length > 0) out.push({ key, owner: type.name, field, children });
  }
  return out;
}

/** The GraphQL text of a selection set. */
function printSelection(selection: readonly Selected[], isRoot = false): string {
  const members = new Set(selection.flatMap((s) => (s.on ? [s.on] : [])));
  const fragments = [...members].map(
    (member) =>
      `... on ${member} { ${printSelection(selection.filter((s) => s.on === member).map((s) => ({ ...s, on: undefined })))} }`,
  );
  return [
    ...selection
      .filter((s) => !s.on)
      .map((s) => {
        const paged = s.field.args.some((a) => a.name === 'first');
        const args =
          (isRoot ? sampleArguments[s.field.name] : undefined) ??
          (paged ? `(first: ${isRoot ? rootPage : nestedPage})` : '');
        const alias = s.key === s.field.name ? '' : `${s.key}: `;
        const inner = s.children.length ? ` { __typename ${printSelection(s.children)} }` : '';
        return `${alias}${s.field.name}${args}${inner}`;
      }),
    ...fragments,
  ].join(' ');
}

/** What the answers showed per `Type.field`. */
interface Observed {
  nulls: number;
  values: number;
  enumValues: Set<string>;
}

/** Walks `value` (the answer to `selected`) and records nulls and enum values. */
function observe(
  selected: Selected,
  value: unknown,
  owner: string,
  seen: Map<string, Observed>,
): void {
  if (selected.owner !== owner) return;
  const coordinate = `${selected.owner}.${selected.field.name}`;
  const record = seen.get(coordinate) ?? { nulls: 0, values: 0, enumValues: new Set<string>() };
  seen.set(coordinate, record);
  if (value === null) {
    record.nulls += 1;
    return;
  }
  record.values += 1;
  const items = Array.isArray(value) ? value : [value];
  if (isEnumType(getNamedType(selected.field.type)))
    for (const item of items) if (typeof item === 'string') record.enumValues.add(item);
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    const row = item as Record<string, unknown>;
    for (const child of selected.children)
      if (child.key in row) observe(child, row[child.key], String(row.__typename), seen);
  }
}

describe('descriptions match the data: every enum and nullable field sampled against the seed graph', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const seen = new Map<string, Observed>();
  const errors: string[] = [];

  before(async () => {
    schema = await buildApiSchema();
    api = await startTestApi({
      // The whole set asks far more than a client may; the shared questions are slow on a
      // loaded machine, so the time limit is raised too.
      limits: {
        maxQueryComplexity: 1e12,
        maxQueryDepth: 100,
        maxExpensiveFields: 100,
        requestTimeoutMs: 120_000,
      },
    });
    const rootType = schema.getQueryType()!;
    const roots = Object.values(rootType.getFields()).filter((field) => {
      if (field.name in sampleArguments) return true;
      if (needsArguments(field)) return false;
      const type = getNullableType(field.type);
      return isListType(type) || getNamedType(field.type).name.endsWith('Connection');
    });
    for (const field of roots) {
      const selection = selectFields(schema, getNamedType(field.type), new Set(), maxDepth);
      const root: Selected = { key: field.name, owner: 'Query', field, children: selection };
      const query = `{ ${printSelection([root], true)} }`;
      const { status, body } = await api.graphql(query);
      if (status !== 200 || body.errors)
        errors.push(`${field.name}: ${status} ${JSON.stringify(body.errors).slice(0, 500)}`);
      if (body.data) observe(root, body.data[field.name], 'Query', seen);
    }
  });
  after(() => api?.close());

  it('answers the whole query set without an error (an undeclared enum value or a null in a non-null field would be one)', () => {
    assert.deepEqual(errors, []);
  });

  /** Every output field of the schema's object types, as `Type.field` with its definition. */
  function listOutputFields(): [string, GraphQLField<unknown, unknown>][] {
    const out: [string, GraphQLField<unknown, unknown>][] = [];
    for (const type of Object.values(schema.getTypeMap()))
      if (isObjectType(type) && !type.name.startsWith('__') && type !== schema.getQueryType())
        for (const field of Object.values(type.getFields()))
          out.push([`${type.name}.${field.name}`, field]);
    return out;
  }

  it('reaches every enum-typed field of the schema with the query set, so each enum is checked against the data', () => {
    const enumFields = listOutputFields().filter(([, field]) =>
      isEnumType(getNamedType(field.type)),
    );
    assert.ok(enumFields.length >= 20, `enum fields: ${enumFields.length}`);
    const unreached = enumFields.map(([c]) => c).filter((c) => !seen.has(c));
    assert.deepEqual(unreached, [], 'enum fields the generated queries never reach');
    // Every output enum holds data on the seed graph somewhere, so the check is not vacuous.
    const enumsWithData = new Set(
      enumFields.flatMap(([c, field]) =>
        (seen.get(c)?.enumValues.size ?? 0) > 0 ? [getNamedType(field.type).name] : [],
      ),
    );
    const enumsWithout = [...new Set(enumFields.map(([, f]) => getNamedType(f.type).name))].filter(
      (name) => !enumsWithData.has(name),
    );
    assert.deepEqual(enumsWithout, [], 'output enums with no value in the seed graph');
  });

  it('names only declared values where an enum or an enum-typed field describes its values', () => {
    const wrong: string[] = [];
    // A description may name another enum's values (a grade's scale), never a value no enum has.
    const anyEnumValue = new Set(
      Object.values(schema.getTypeMap()).flatMap((t) =>
        isEnumType(t) ? t.getValues().map((v) => v.name) : [],
      ),
    );
    const valueLike = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__')) continue;
      const texts = [
        [type.name, type.description ?? ''],
        ...type.getValues().map((v) => [`${type.name}.${v.name}`, v.description ?? '']),
        ...listOutputFields()
          .filter(([, field]) => getNamedType(field.type) === type)
          .map(([c, field]) => [c, field.description ?? '']),
      ];
      for (const [where, text] of texts)
        for (const token of text!.match(valueLike) ?? [])
          if (!anyEnumValue.has(token)) wrong.push(`${where}: ${token} is no enum value`);
    }
    assert.deepEqual(wrong, []);
  });

  it('serves null only in nullable fields whose description says when they are null', () => {
    const reached = listOutputFields().filter(([c, field]) => {
      return !isNonNullType(field.type) && seen.has(c);
    });
    assert.ok(reached.length >= 40, `nullable fields reached: ${reached.length}`);
    const unexplained = reached
      .filter(([c, field]) => seen.get(c)!.nulls > 0 && !/\bnull\b/i.test(field.description ?? ''))
      .map(
        ([c, field]) =>
          `${c} (null ${seen.get(c)!.nulls} of ${seen.get(c)!.nulls + seen.get(c)!.values}): ${field.description}`,
      );
    assert.deepEqual(unexplained, [], 'say in the description when the field is null');
  });
});
