import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';

interface QueryStats {
  dbQueries: number;
  dbTimeMs: number;
}

const statsOf = (body: { extensions?: Record<string, unknown> }) =>
  body.extensions?.queryStats as QueryStats | undefined;

/**
 * Queries whose store reads must not grow with the rows they return: each field that crosses
 * a relationship (or reads a root list) is one batched store query, however many parents it
 * is resolved for. To prove a new relationship, add a case: the query, the fields that cross
 * a relationship, and a count of the rows the deepest level returned (to show it is larger).
 */
type MentionsOf = { mentions: { entity: { __typename: string } }[] };

const batchedQueries: {
  name: string;
  query: string;
  relationshipFields: string[];
  countRows: (data: Record<string, unknown>) => number;
  /** Reads of nodes by label, one per label, at levels that load nodes of several labels. */
  labelReads?: (data: Record<string, unknown>) => number;
}[] = [
  {
    name: 'every force, its reports, their judgements, and each judgement’s theme and force',
    query: '{ forces { name reports { id judgements { grade theme { name } force { name } } } } }',
    relationshipFields: [
      'Query.forces',
      'Force.reports',
      'Report.judgements',
      'Judgement.theme',
      'Judgement.force',
    ],
    countRows: (data) =>
      (data.forces as { reports: { judgements: unknown[] }[] }[])
        .flatMap((force) => force.reports)
        .flatMap((report) => report.judgements).length,
  },
  {
    name: 'every theme, its children, the grades given on them, and their reports’ forces',
    query:
      '{ themes { children { judgements(first: 20) { nodes { report { force { name } } } } } } }',
    relationshipFields: [
      'Query.themes',
      'Theme.children',
      'Theme.judgements',
      'Judgement.report',
      'Report.force',
    ],
    countRows: (data) =>
      (data.themes as { children: { judgements: { nodes: unknown[] } }[] }[])
        .flatMap((theme) => theme.children)
        .flatMap((child) => child.judgements.nodes).length,
  },
  {
    name: 'every force, all its findings, and the entities and topics each finding names',
    query: `{ forces { findings(first: 100) { edges { node { text
      mentions { entity { id __typename } evidence { quote } } topics { name } } } } } }`,
    // Mentions and topic tags carry ids; the entities and topics are then loaded by id, one
    // batched query each for the whole level: for the entities, which have several labels,
    // one that reads their labels, then one per label (below).
    relationshipFields: [
      'Query.forces',
      'Force.findings (the keys of every finding)',
      'Force.findings (the pages’ findings by id)',
      'Finding.mentions',
      'Mention.entity (their labels)',
      'Finding.topics (tags)',
      'Finding.topics (topics by id)',
    ],
    labelReads: (data) =>
      new Set(
        (data.forces as { findings: { edges: { node: MentionsOf }[] } }[])
          .flatMap((force) => force.findings.edges)
          .flatMap((edge) => edge.node.mentions.map((mention) => mention.entity.__typename)),
      ).size,
    countRows: (data) =>
      (data.forces as { findings: { edges: { node: { mentions: unknown[] } }[] } }[])
        .flatMap((force) => force.findings.edges)
        .flatMap((edge) => edge.node.mentions).length,
  },
];

// One seeded store for the file; the server with GRAPHQL_QUERY_STATS=1 serves it too.
let api: TestApi;
before(async () => {
  // These operations walk whole relationships on purpose, to count reads per level: their
  // estimated cost (rows times levels) is over the default limit, so this server allows more.
  api = await startTestApi({ limits: { maxQueryComplexity: 100_000 } });
});
after(async () => {
  await api?.close();
});

describe('query statistics over HTTP', () => {
  it('adds none unless asked', async () => {
    const { body } = await api.graphql('{ forces { id } }');
    assert.equal(body.extensions?.queryStats, undefined);
  });

  it('adds dbQueries and dbTimeMs when the request sends x-query-stats: 1', async () => {
    const { status, body } = await api.graphql('{ forces { id } }', undefined, {
      'x-query-stats': '1',
    });
    assert.equal(status, 200);
    const stats = statsOf(body)!;
    assert.equal(stats.dbQueries, 1);
    assert.equal(typeof stats.dbTimeMs, 'number');
    assert.ok(stats.dbTimeMs >= 0);
  });

  it('counts each request on its own', async () => {
    const ask = () =>
      api.graphql('{ forces { id reports { id } } }', undefined, { 'x-query-stats': '1' });
    const [first, second] = await Promise.all([ask(), ask()]);
    assert.equal(statsOf(first.body)!.dbQueries, 2);
    assert.equal(statsOf(second.body)!.dbQueries, 2);
  });

  it('reports no store reads for a refused query', async () => {
    const { status, body } = await api.graphql('{ forces { colour } }', undefined, {
      'x-query-stats': '1',
    });
    assert.equal(status, 400);
    assert.deepEqual(statsOf(body), { dbQueries: 0, dbTimeMs: 0 });
  });

  for (const { name, query, relationshipFields, countRows, labelReads } of batchedQueries) {
    it(`reads the store once per relationship level, not per row: ${name}`, async () => {
      const { body } = await api.graphql(query, undefined, { 'x-query-stats': '1' });
      assert.equal(body.errors, undefined);
      const rows = countRows(body.data!);
      assert.ok(
        rows > relationshipFields.length,
        `the query returns more rows (${rows}) than it crosses relationships`,
      );
      const perLabel = labelReads?.(body.data!) ?? 0;
      assert.equal(statsOf(body)!.dbQueries, relationshipFields.length + perLabel);
    });
  }
});

describe('query statistics with GRAPHQL_QUERY_STATS=1', () => {
  let always: TestApi;
  before(async () => {
    always = await startTestApi({ seededStore: api.store, queryStats: true });
  });
  after(async () => {
    await always.close();
  });

  it('adds them to every response without the header', async () => {
    const { body } = await always.graphql('{ forces { id reports { id } } }');
    assert.equal(statsOf(body)!.dbQueries, 2);
  });
});
