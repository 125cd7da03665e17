import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

/**
 * Cursors carry the version of the graph they were issued under (docs/api-limits.md,
 * "Cursors"), over HTTP against the seed graph: paging a whole connection returns every item
 * once; after an ingestion a cursor from before it is BAD_USER_INPUT, not a shifted page.
 */

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const findingsQuery = `query($first: Int, $after: String) {
  findings(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
}`;
const forceFindingsQuery = `query($first: Int, $after: String) {
  force(id: "metropolitan-police") {
    findings(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
  }
}`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

describe('cursors and the graph version', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(() => api.close());

  async function readAll(query: string, pick: (data: Record<string, unknown>) => Page) {
    const ids: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const response = await api.graphql(query, { first: 100, after: cursor });
      assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
      const page = pick(response.body.data!);
      total = page.totalCount;
      ids.push(...page.nodes.map((n) => n.id));
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (cursor);
    return { ids, total };
  }

  it('pages through a whole root and a whole nested connection, every item exactly once', async () => {
    for (const [query, pick] of [
      [findingsQuery, (d: Record<string, unknown>) => d.findings as Page],
      [
        forceFindingsQuery,
        (d: Record<string, unknown>) => (d.force as { findings: Page }).findings,
      ],
    ] as const) {
      const { ids, total } = await readAll(query, pick);
      assert.ok(total > 100, 'more than one page');
      assert.equal(ids.length, total);
      assert.equal(new Set(ids).size, total, 'no item twice');
    }
  });

  it('refuses a malformed cursor with BAD_USER_INPUT, as before', async () => {
    const response = await api.graphql(findingsQuery, { first: 5, after: 'not-a-cursor' });
    assert.equal(response.status, 400);
    assert.equal(codeOf(response), 'BAD_USER_INPUT');
    assert.match(response.body.errors![0]!.message, /Malformed cursor/);
  });

  it('refuses a cursor issued before an ingestion with BAD_USER_INPUT, and serves fresh ones', async () => {
    const first = await api.graphql(findingsQuery, { first: 5 });
    const rootCursor = (first.body.data!.findings as Page).pageInfo.endCursor!;
    const nested = await api.graphql(forceFindingsQuery, { first: 5 });
    const nestedCursor = (nested.body.data!.force as { findings: Page }).findings.pageInfo
      .endCursor!;
    // Before the ingestion the cursors work.
    const second = await api.graphql(findingsQuery, { first: 5, after: rootCursor });
    assert.equal(second.body.errors, undefined);

    // Re-ingesting a report the graph holds writes it again: a new version of the graph.
    const [report] = await listReportFiles(seedReportsDir);
    await ingestReportFiles(api.store, api.catalog, [report!]);

    for (const [query, cursor] of [
      [findingsQuery, rootCursor],
      [forceFindingsQuery, nestedCursor],
    ] as const) {
      const stale = await api.graphql(query, { first: 5, after: cursor });
      assert.equal(stale.status, 400, JSON.stringify(stale.body));
      assert.equal(codeOf(stale), 'BAD_USER_INPUT');
      assert.match(
        stale.body.errors![0]!.message,
        /graph changed since this cursor was issued; start again from the first page/,
      );
    }
    // A first page asked again gives cursors of the new version, which work.
    const again = await api.graphql(findingsQuery, { first: 5 });
    const fresh = (again.body.data!.findings as Page).pageInfo.endCursor!;
    assert.notEqual(fresh, rootCursor);
    const next = await api.graphql(findingsQuery, { first: 5, after: fresh });
    assert.equal(next.body.errors, undefined);
    assert.deepEqual(
      (next.body.data!.findings as Page).nodes,
      (second.body.data!.findings as Page).nodes,
      'the same graph content, the same second page',
    );
  });
});
