import 'reflect-metadata';
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ApolloServer } from '@apollo/server';
import { parse, printType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Args, Field, ID, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { pageComplexity } from '../../src/api/limits/field-complexity.js';
import { measureQueryComplexity } from '../../src/api/limits/query-complexity.js';
import { ConnectionArgs } from '../../src/api/pagination/connection.args.js';
import { encodeOffsetCursor } from '../../src/api/pagination/cursor.js';
import { sliceConnection, type Connection } from '../../src/api/pagination/connection.js';
import { createConnectionType } from '../../src/api/pagination/connection.type.js';

@ObjectType({ description: 'A test item.' })
class Item {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@ObjectType({ description: 'A page of test items.' })
class ItemConnection extends createConnectionType(Item) {}

const items: Item[] = Array.from({ length: 25 }, (_, i) => ({ id: `item-${i}` }));

@Resolver()
class ItemResolver {
  @Query(() => ItemConnection, { description: 'Every item.', complexity: pageComplexity })
  items(@Args(() => ConnectionArgs) args: ConnectionArgs): Connection<Item> {
    return sliceConnection(items, args, 'v1');
  }
}

interface ItemsData {
  items: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

describe('a connection declared with the type-graphql factory', () => {
  let schema: GraphQLSchema;
  let apollo: ApolloServer;
  before(async () => {
    schema = await buildSchema({ resolvers: [ItemResolver], validate: false });
    apollo = new ApolloServer({ schema });
  });

  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await apollo.executeOperation({ query, variables });
    assert.equal(response.body.kind, 'single');
    return { status: response.http.status, result: response.body.singleResult };
  };

  it('declares the Relay shape: nodes, edges with cursor and node, pageInfo and totalCount', () => {
    assert.equal(
      printType(schema.getType('ItemConnection')!),
      [
        '"""A page of test items."""',
        'type ItemConnection {',
        '  """',
        '  The items of this page, in list order: the `node` of each edge, for clients that need no cursors.',
        '  """',
        '  nodes: [Item!]!',
        '',
        '  """The items of this page, in list order, each with its cursor."""',
        '  edges: [ItemEdge!]!',
        '',
        '  """Whether more pages exist, and their cursors."""',
        '  pageInfo: PageInfo!',
        '',
        '  """Number of items in the whole list (every page), after filtering."""',
        '  totalCount: Int!',
        '}',
      ].join('\n'),
    );
    const edge = schema.getType('ItemEdge') as GraphQLObjectType;
    assert.deepEqual(Object.keys(edge.getFields()), ['cursor', 'node']);
    assert.equal(String(edge.getFields().node!.type), 'Item!');
    const pageInfo = schema.getType('PageInfo') as GraphQLObjectType;
    assert.deepEqual(Object.keys(pageInfo.getFields()).sort(), [
      'endCursor',
      'hasNextPage',
      'hasPreviousPage',
      'startCursor',
    ]);
    const args = schema.getQueryType()!.getFields().items!.args;
    assert.deepEqual(
      args.map((a) => `${a.name}: ${String(a.type)} = ${String(a.defaultValue)}`),
      ['first: Int! = 20', 'after: String = undefined'],
    );
    assert.equal(schema.getType('ItemConnectionBase'), undefined);
  });

  it('pages through the list with first and after', async () => {
    const query = `query($after: String) {
      items(first: 10, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount }
    }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { result } = await run(query, { after });
      assert.equal(result.errors, undefined);
      const page = (result.data as unknown as ItemsData).items;
      assert.equal(page.totalCount, 25);
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(
      ids,
      items.map((i) => i.id),
    );
  });

  it('lists the same items in `nodes` as in `edges`', async () => {
    const { result } = await run(
      `{ items(first: 3, after: "${encodeOffsetCursor(4, 'v1')}") { nodes { id } edges { node { id } } } }`,
    );
    assert.equal(result.errors, undefined);
    const page = (
      result.data as unknown as {
        items: { nodes: { id: string }[]; edges: { node: { id: string } }[] };
      }
    ).items;
    assert.deepEqual(
      page.nodes.map((n) => n.id),
      ['item-5', 'item-6', 'item-7'],
    );
    assert.deepEqual(
      page.edges.map((e) => e.node),
      page.nodes,
    );
  });

  it('answers a page size over 100 with BAD_USER_INPUT and HTTP 400', async () => {
    const { status, result } = await run('{ items(first: 1000) { totalCount } }');
    assert.equal(status, 400);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(result.errors![0]!.message, /at most 100/);
  });

  it('answers a forged cursor with BAD_USER_INPUT and HTTP 400', async () => {
    const { status, result } = await run('{ items(after: "MTIz") { totalCount } }');
    assert.equal(status, 400);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('costs a connection one store query plus `first` times one item', () => {
    const cost = (query: string) =>
      measureQueryComplexity({ schema, document: parse(query) }).complexity;
    // One item selects `edges { node { id } }`: edges 1 + node 1 + id 1.
    assert.equal(cost('{ items(first: 50) { edges { node { id } } } }'), 10 + 50 * 3);
    assert.equal(cost('{ items { edges { node { id } } } }'), 10 + 20 * 3);
    assert.equal(cost('{ items(first: 0) { totalCount } }'), 10);
    // A page size over the maximum costs as the maximum; it fails as BAD_USER_INPUT instead.
    assert.equal(cost('{ items(first: 100000) { totalCount } }'), 10 + 100 * 1);
  });
});
