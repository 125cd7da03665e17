import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { after, before, describe, it } from 'node:test';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { measureQueryComplexity } from '../../src/api/limits/query-complexity.js';
import { startTestApi, type TestApi } from '../support/api-server.js';

/**
 * `facets` on findings connections, over HTTP against the seed graph: every count equals the
 * count of the findings the same connection lists when paged through to its end, at the root
 * and on a nested list, with and without filters, whatever page the facets were asked with.
 */

interface ListedFinding {
  id: string;
  kind: string;
  theme: { id: string } | null;
  topics: { id: string }[];
}

interface Facets {
  kinds: { kind: string; count: number }[];
  themes: { theme: { id: string; name: string }; count: number }[];
  topics: { topic: { id: string; name: string }; count: number }[];
}

interface FindingPage {
  totalCount: number;
  nodes: ListedFinding[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: Facets;
}

const facetsSelection =
  'facets { kinds { kind count } themes { theme { id name } count } topics { topic { id name } count } }';
const pageSelection = `totalCount nodes { id kind theme { id } topics { id } } pageInfo { hasNextPage endCursor } ${facetsSelection}`;

/** Counts per key, most first, then by key, without zeros: the order facets promise. */
function tally(keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The facets as [key, count] lists, to compare with tallies of the listed findings. */
function flatten(facets: Facets) {
  return {
    kinds: facets.kinds.map((k) => [k.kind, k.count]),
    themes: facets.themes.map((t) => [t.theme.id, t.count]),
    topics: facets.topics.map((t) => [t.topic.id, t.count]),
  };
}

function tallyListed(findings: readonly ListedFinding[]) {
  return {
    kinds: tally(findings.map((f) => f.kind)),
    themes: tally(findings.flatMap((f) => (f.theme ? [f.theme.id] : []))),
    topics: tally(findings.flatMap((f) => [...new Set(f.topics.map((t) => t.id))])),
  };
}

describe('findings facets: counts by kind, theme and topic over the whole filtered list', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(() => api.close());

  /** Pages through a connection (reached by `path` from `data`) to its end. */
  async function readAll(
    query: string,
    variables: Record<string, unknown>,
    pick: (data: Record<string, unknown>) => FindingPage,
  ): Promise<{ findings: ListedFinding[]; pages: FindingPage[] }> {
    const findings: ListedFinding[] = [];
    const pages: FindingPage[] = [];
    let after: string | null = null;
    do {
      const { status, body } = await api.graphql(query, { ...variables, after });
      assert.equal(status, 200, JSON.stringify(body.errors));
      assert.equal(body.errors, undefined);
      const page = pick(body.data!);
      pages.push(page);
      findings.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { findings, pages };
  }

  const rootQuery = `query($filter: FindingFilter, $first: Int, $after: String) {
    findings(filter: $filter, first: $first, after: $after) { ${pageSelection} }
  }`;

  for (const [name, filter] of [
    ['no filter', null],
    [
      'a force and two kinds',
      { forceIds: ['metropolitan-police'], kinds: ['AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN'] },
    ],
    ['a theme with its sub-themes', { themeIds: ['protecting-vulnerable-people'] }],
    ['words of the text', { text: 'training' }],
  ] as const) {
    it(`root findings (${name}): every page's facets count the findings listed across all pages`, async () => {
      const { findings, pages } = await readAll(
        rootQuery,
        { filter, first: 100 },
        (d) => d.findings as FindingPage,
      );
      assert.ok(findings.length > 0, 'the filter keeps some findings');
      assert.equal(findings.length, pages[0]!.totalCount);
      const expected = tallyListed(findings);
      for (const page of pages) assert.deepEqual(flatten(page.facets), expected);
      const sumOfKinds = pages[0]!.facets.kinds.reduce((sum, k) => sum + k.count, 0);
      assert.equal(sumOfKinds, findings.length, 'the kinds add up to totalCount');
      assert.ok(pages[0]!.facets.topics.length > 0, 'the seed findings carry topics');
      if (name === 'no filter') assert.ok(pages.length > 1, 'the whole list spans several pages');
    });
  }

  it('answers facets with first: 0 as with a full page, and an empty filter with no entries', async () => {
    const filter = { reportIds: ['2007-10-metropolitan-police-inspection'] };
    const zero = await api.graphql(rootQuery, { filter, first: 0 });
    const full = await api.graphql(rootQuery, { filter, first: 100 });
    const none = await api.graphql(rootQuery, { filter: { reportIds: [] }, first: 5 });
    assert.deepEqual(
      (zero.body.data!.findings as FindingPage).facets,
      (full.body.data!.findings as FindingPage).facets,
    );
    assert.deepEqual((none.body.data!.findings as FindingPage).facets, {
      kinds: [],
      themes: [],
      topics: [],
    });
  });

  it('counts a nested list (a theme, filtered by kind) over its own findings, not the root list', async () => {
    const query = `query($first: Int, $after: String) {
      theme(id: "protecting-vulnerable-people") {
        findings(first: $first, after: $after, filter: { kinds: [STRENGTH, AREA_FOR_IMPROVEMENT] }) { ${pageSelection} }
      }
    }`;
    const pick = (d: Record<string, unknown>) => (d.theme as { findings: FindingPage }).findings;
    const { findings, pages } = await readAll(query, { first: 30 }, pick);
    assert.ok(pages.length > 1, 'several pages of 30');
    const expected = tallyListed(findings);
    assert.deepEqual(expected.kinds.map(([kind]) => kind).sort(), [
      'AREA_FOR_IMPROVEMENT',
      'STRENGTH',
    ]);
    assert.ok(expected.themes.length > 1, 'the sub-themes are counted apart');
    for (const page of pages) assert.deepEqual(flatten(page.facets), expected);
  });

  it('counts each report of a list separately (nested under a list of reports)', async () => {
    const { body } = await api.graphql(`{ reports {
      id findings(first: 1) { totalCount facets { kinds { kind count } } }
    } }`);
    assert.equal(body.errors, undefined);
    const reports = body.data!.reports as {
      id: string;
      findings: { totalCount: number; facets: Pick<Facets, 'kinds'> };
    }[];
    assert.ok(reports.length > 1);
    for (const report of reports)
      assert.equal(
        report.findings.facets.kinds.reduce((sum, k) => sum + k.count, 0),
        report.findings.totalCount,
        report.id,
      );
  });

  it('reads the facets of every parent of a level at once: as many store reads for more parents', async () => {
    const read = async (reportArgs: string) => {
      const { body } = await api.graphql(
        `{ reports${reportArgs} { id findings(first: 1) { ${facetsSelection} } } }`,
        undefined,
        { 'x-query-stats': '1' },
      );
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const stats = body.extensions?.queryStats as { dbQueries: number };
      return { parents: (body.data!.reports as unknown[]).length, reads: stats.dbQueries };
    };
    const some = await read('(forceId: "metropolitan-police")');
    const all = await read('');
    assert.ok(some.parents > 1 && all.parents > some.parents, JSON.stringify({ some, all }));
    assert.equal(all.reads, some.reads, `${some.parents} and ${all.parents} reports`);
  });

  it('prices facets once per connection, not once per item of the page', async () => {
    const schema = await buildApiSchema();
    const cost = (query: string) =>
      measureQueryComplexity({ schema, document: parse(query) }).complexity;
    const facets = `facets { kinds { count } themes { theme { name } count } topics { topic { name } count } }`;
    const facetsCost =
      cost(`{ findings(first: 0) { ${facets} } }`) - cost('{ findings(first: 0) { totalCount } }');
    // facets (1) + kinds (10 + 10 x 1) + themes (10 + 10 x 3) + topics (10 + 10 x 3), less totalCount's 0.
    assert.equal(facetsCost, 1 + 20 + 40 + 40);
    for (const first of [1, 20, 100])
      assert.equal(
        cost(`{ findings(first: ${first}) { nodes { id } ${facets} } }`),
        cost(`{ findings(first: ${first}) { nodes { id } } }`) + facetsCost,
        `first: ${first}`,
      );
    // Through an inline fragment too; under a list of reports, once per report.
    assert.equal(
      cost(`{ findings(first: 20) { ... on FindingConnection { ${facets} } } }`),
      10 + facetsCost,
    );
    assert.equal(
      cost(`{ reports { findings(first: 20) { ${facets} } } }`),
      10 + 10 * (10 + facetsCost),
    );
  });
});
