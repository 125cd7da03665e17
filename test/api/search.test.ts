import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { graphql } from 'graphql';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { createContext } from '../../src/api/context.js';
import { createGraphVersionWatcher } from '../../src/graph/graph-version.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { ingestReportFiles } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { createSearchService, type SearchService } from '../../src/search/search-service.js';
import { openTestStore } from '../support/embedded-store.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

interface Hit {
  type: string;
  score: number;
  snippet: string | null;
  item: {
    __typename: string;
    id: string;
    text?: string;
    name?: string;
    evidence?: { reportId: string; lineStart: number; lineEnd: number };
  };
}

const searchQuery = `query($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    nodes {
      type score snippet
      item {
        __typename
        ... on Finding { id text evidence { reportId lineStart lineEnd } }
        ... on Recommendation { id text evidence { reportId lineStart lineEnd } }
        ... on Initiative { id name }
        ... on PartnerAgency { id name }
        ... on Unit { id name }
        ... on Passage { id text }
        ... on Section { id heading }
        ... on Figure { id }
      }
    }
  }
}`;

function codeOf(response: GraphQLResponse): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}

/** The snippet without its markers, and whether it is a slice of `text`. */
function isSliceOf(snippet: string, text: string): boolean {
  return snippet
    .replace(/[«»]/g, '')
    .split('…')
    .every((part) => text.includes(part));
}

describe('search over HTTP on the embedded engine, seeded from seed/reports', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function search(variables: Record<string, unknown>): Promise<Hit[]> {
    const { status, body } = await api.graphql(searchQuery, variables);
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.equal(body.errors, undefined);
    return (body.data!.search as { nodes: Hit[] }).nodes;
  }

  it('finds the findings and the recommendation that speak of succession planning, before anything else', async () => {
    // grep -in "succession planning" seed/reports/*.txt (the recommendation's marker is line 394).
    const expected = [
      '2007-10-metropolitan-police-inspection:358',
      '2007-10-metropolitan-police-inspection:392',
      '2007-10-metropolitan-police-inspection:394',
      '2007-10-metropolitan-police-inspection:1117',
      '2007-10-thames-valley-police-inspection:448',
      '2007-10-west-midlands-police-inspection:298',
    ];
    const hits = await search({
      query: 'succession planning',
      types: ['FINDING', 'RECOMMENDATION'],
      first: 20,
    });
    const phrase = hits.filter((hit) => /succession planning/i.test(hit.item.text!));
    assert.deepEqual(hits.slice(0, phrase.length), phrase, 'the phrase ranks first');
    const located = phrase.map((hit) => {
      const line = expected.find((at) => {
        const [reportId, n] = at.split(':');
        const { evidence } = hit.item;
        return (
          evidence!.reportId === reportId && evidence!.lineStart <= +n! && +n! <= evidence!.lineEnd
        );
      });
      assert.ok(line, `${hit.item.id} is not one of the grep lines`);
      return line;
    });
    assert.deepEqual(located.sort(), [...expected].sort());
    assert.deepEqual(phrase.map((hit) => hit.item.__typename).sort(), [
      'Finding',
      'Finding',
      'Finding',
      'Finding',
      'Finding',
      'Recommendation',
    ]);
  });

  it('ranks best first and cuts every snippet from the item’s own text, with the matches marked', async () => {
    const hits = await search({ query: 'succession planning', first: 10 });
    for (let i = 1; i < hits.length; i += 1) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
    for (const hit of hits) {
      const own = hit.item.text ?? hit.item.name!;
      assert.ok(hit.snippet, `${hit.item.id} has a snippet`);
      assert.match(hit.snippet, /«[^«»]+»/);
      if (hit.item.text)
        assert.ok(isSliceOf(hit.snippet, own), `${hit.snippet} is from ${hit.item.id}`);
    }
    assert.match(hits[0]!.snippet!, /«succession planning»/i);
  });

  it('finds initiatives by acronym, partner agencies and units by name, and keeps to the types asked for', async () => {
    const [mash] = await search({ query: 'MASH', types: ['INITIATIVE'] });
    assert.equal(mash!.item.id, 'initiative/multi-agency-safeguarding-hub');
    assert.equal(mash!.type, 'INITIATIVE');
    const partners = await search({ query: 'probation', types: ['PARTNER_AGENCY'] });
    assert.ok(partners.length > 0);
    assert.ok(partners.every((hit) => hit.item.__typename === 'PartnerAgency'));
    assert.equal(partners[0]!.item.name, 'Probation service');
    const units = await search({ query: 'child abuse investigation', types: ['UNIT'] });
    assert.ok(units.length > 0);
    assert.ok(
      units.every(
        (hit) => hit.type === 'UNIT' && /child abuse investigation/i.test(hit.item.name!),
      ),
    );
    assert.deepEqual(await search({ query: 'probation', types: [] }), []);
  });

  it('returns at most `first` hits', async () => {
    assert.equal((await search({ query: 'training', first: 3 })).length, 3);
    assert.equal((await search({ query: 'training', first: 0 })).length, 0);
    assert.equal((await search({ query: 'training' })).length, 20);
  });

  it('pages with `after` and counts every match in `totalCount`', async () => {
    const page = `query($after: String) { search(query: "training", first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { score item { ... on Node { id } } } } }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: { score: number; item: { id: string } }[];
    };
    const all = await search({ query: 'training', first: 100 });
    const first = (await api.graphql(page)).body.data!.search as Page;
    const second = (await api.graphql(page, { after: first.pageInfo.endCursor })).body.data!
      .search as Page;
    if (all.length < 100) assert.equal(first.totalCount, all.length);
    else assert.ok(first.totalCount >= 100);
    assert.ok(first.pageInfo.hasNextPage);
    assert.deepEqual(
      [...first.nodes, ...second.nodes].map((hit) => hit.item.id),
      all.slice(0, 14).map((hit) => hit.item.id),
      'the second page continues the first in rank order',
    );
  });

  it('returns the same hits, in the same order and with the same scores, whether or not snippets are asked for', async () => {
    const ask = async (fields: string) =>
      (
        (
          await api.graphql(
            `{ search(query: "domestic abuse", first: 30) { nodes { ${fields} type score item { ... on Node { id } } } } }`,
          )
        ).body.data!.search as { nodes: (Hit & { snippet?: string | null })[] }
      ).nodes;
    const withSnippets = await ask('snippet');
    const without = await ask('');
    assert.equal(withSnippets.length, 30);
    assert.ok(withSnippets.every((hit) => typeof hit.snippet === 'string'));
    assert.ok(without.every((hit) => !('snippet' in hit)));
    assert.deepEqual(
      without,
      withSnippets.map(({ type, score, item }) => ({ type, score, item })),
    );
  });

  it('ranks once for a request that asks for the total and a page, and the two agree', async () => {
    const { store, catalog } = api;
    const version = createGraphVersionWatcher({ store, queries: catalog.queries });
    const service = createSearchService({ store, queries: catalog.queries, version });
    let rankings = 0;
    const counting: SearchService = {
      ...service,
      rank(request) {
        rankings += 1;
        return service.rank(request);
      },
    };
    const context = createContext(api.store, api.catalog.queries, {
      requestTimeoutMs: 60_000,
      showQueryStats: false,
      search: counting,
    });
    const result = await graphql({
      schema: await buildApiSchema(),
      source: `{
        all: search(query: "burglary", first: 100) { totalCount nodes { item { ... on Node { id } } } }
        top: search(query: "burglary", first: 2) { totalCount nodes { item { ... on Node { id } } } }
      }`,
      contextValue: context,
    });
    assert.equal(result.errors, undefined);
    type Page = { totalCount: number; nodes: { item: { id: string } }[] };
    const { all, top } = result.data as { all: Page; top: Page };
    assert.ok(all.totalCount > 2 && all.totalCount < 100);
    assert.equal(all.nodes.length, all.totalCount);
    assert.equal(top.totalCount, all.totalCount);
    assert.deepEqual(top.nodes, all.nodes.slice(0, 2));
    assert.equal(rankings, 1, 'both fields, both totals and both pages from one ranking');
  });

  it('loads the hits with one database query per kind of item, however many there are', async () => {
    const response = await api.graphql(
      '{ search(query: "force", first: 100) { nodes { type item { ... on Node { id } } } } }',
      undefined,
      { 'x-query-stats': '1' },
    );
    const { nodes } = response.body.data!.search as { nodes: { type: string }[] };
    assert.equal(nodes.length, 100);
    const kinds = new Set(nodes.map((hit) => hit.type)).size;
    assert.ok(kinds > 1);
    assert.equal((response.body.extensions!.queryStats as { dbQueries: number }).dbQueries, kinds);
  });

  it('refuses an empty or blank query with BAD_USER_INPUT and HTTP 400', async () => {
    for (const query of ['', '   \n\t']) {
      const response = await api.graphql(searchQuery, { query });
      assert.equal(response.status, 400);
      assert.equal(codeOf(response), 'BAD_USER_INPUT');
    }
  });

  it('refuses first above 100 or below 0 with BAD_USER_INPUT and HTTP 400', async () => {
    for (const first of [101, -1]) {
      const response = await api.graphql(searchQuery, { query: 'training', first });
      assert.equal(response.status, 400);
      assert.equal(codeOf(response), 'BAD_USER_INPUT');
      assert.match(response.body.errors![0]!.message, /first/);
    }
  });

  it('treats an injection-looking query as words and leaves the graph as it was', async () => {
    const count = '{ findings(first: 0) { totalCount } }';
    const before = (await api.graphql(count)).body.data;
    for (const query of [
      "x' OR 1=1 //",
      '") MATCH (n) DETACH DELETE n //',
      '*:* AND title:[a TO z]',
    ]) {
      const response = await api.graphql(searchQuery, { query });
      assert.equal(response.status, 200);
      assert.equal(response.body.errors, undefined);
    }
    assert.deepEqual((await api.graphql(count)).body.data, before);
  });
});

describe('search after an ingest in the same process', () => {
  let api: TestApi;
  const catalog = loadCatalog();
  const store = openTestStore(catalog.schema.embedded);
  before(async () => {
    const ready = await store;
    await ingestReportFiles(ready, catalog, [
      join(seedReportsDir, '2007-10-west-midlands-police.txt'),
    ]);
    api = await startTestApi({ seededStore: ready });
  });
  after(async () => {
    await api.close();
    await (await store).close();
  });

  it('answers from the ingested graph at once, without waiting for SEARCH_REFRESH_SECONDS', async () => {
    const ask = async () => {
      const { body } = await api.graphql(searchQuery, {
        query: 'succession planning',
        types: ['FINDING'],
      });
      const hits = (body.data!.search as { nodes: Hit[] }).nodes;
      return hits.map((hit) => hit.item.evidence!.reportId).sort();
    };
    assert.deepEqual(await ask(), ['2007-10-west-midlands-police-inspection']);
    await ingestReportFiles(await store, catalog, [
      join(seedReportsDir, '2007-10-thames-valley-police.txt'),
    ]);
    assert.deepEqual(await ask(), [
      '2007-10-thames-valley-police-inspection',
      '2007-10-west-midlands-police-inspection',
    ]);
  });
});
