import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ExpectedFindings } from '../fixtures/findings.expected.js';
import { hmic2007Findings } from '../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../fixtures/findings-peel-2016.expected.js';
import { hmic2007Reports } from '../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../fixtures/peel-2016.expected.js';
import { hmic2007Recommendations } from '../fixtures/recommendations-hmic-2007.expected.js';
import { majorCrime2008Recommendations } from '../fixtures/recommendations-major-crime-2008.expected.js';
import { peel2016Recommendations } from '../fixtures/recommendations-peel-2016.expected.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api-server.js';

const reports = [...hmic2007Reports, ...majorCrime2008Reports, ...peel2016Reports];
const findingFixtures = [...hmic2007Findings, ...majorCrime2008Findings, ...peel2016Findings];
const recommendationFixtures = [
  ...hmic2007Recommendations,
  ...majorCrime2008Recommendations,
  ...peel2016Recommendations,
];

const reportOf = (sourceFile: string) => reports.find((r) => r.sourceFile === sourceFile)!;

/** Hand-checked findings counted over the fixtures that pass `keep` (report, theme, kind). */
function countExpected(
  keep: (report: (typeof reports)[number], themeId: string, kind: string) => boolean,
): number {
  let total = 0;
  for (const fixture of findingFixtures as readonly ExpectedFindings[])
    for (const [themeId, counts] of Object.entries(fixture.counts))
      for (const [kind, n] of Object.entries(counts))
        if (keep(reportOf(fixture.sourceFile), themeId, kind)) total += n;
  return total;
}

interface ItemNode {
  id: string;
  text: string;
  report: { id: string; publishedOn: string };
  evidence: { lineStart: number };
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: ItemNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const itemFields = 'id text report { id publishedOn } evidence { lineStart }';
const findingsQuery = `query($filter: FindingFilter, $first: Int, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { ${itemFields} } } pageInfo { hasNextPage endCursor }
  }
}`;
const recommendationsQuery = findingsQuery
  .replace('FindingFilter', 'RecommendationFilter')
  .replace('findings(', 'recommendations(');

function codeOf(response: GraphQLResponse): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}

describe('findings and recommendations connections over HTTP', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function page(query: string, variables: Record<string, unknown>): Promise<Page> {
    const { status, body } = await api.graphql(query, variables);
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.equal(body.errors, undefined);
    return Object.values(body.data!)[0] as Page;
  }

  const findings = (filter: Record<string, unknown>, first = 100) =>
    page(findingsQuery, { filter, first });
  const recommendations = (filter: Record<string, unknown>, first = 100) =>
    page(recommendationsQuery, { filter, first });

  /** Follows `endCursor` to the end; returns every node in order and each page's totalCount. */
  async function readAllPages(query: string, filter: Record<string, unknown>, first: number) {
    const nodes: ItemNode[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let pages = 0; pages < 1000; pages += 1) {
      const current: Page = await page(query, { filter, first, after });
      totals.add(current.totalCount);
      assert.ok(current.edges.length <= first);
      nodes.push(...current.edges.map((edge) => edge.node));
      if (!current.pageInfo.hasNextPage) return { nodes, totals };
      after = current.pageInfo.endCursor;
    }
    assert.fail('paging did not end');
  }

  it("counts Thames Valley's areas for improvement as the hand-checked fixtures do", async () => {
    const expected = countExpected(
      (report, _theme, kind) =>
        report.metadata.forceId === 'thames-valley-police' && kind === 'AREA_FOR_IMPROVEMENT',
    );
    const result = await findings({
      kinds: ['AREA_FOR_IMPROVEMENT'],
      forceIds: ['thames-valley-police'],
    });
    assert.equal(result.totalCount, expected);
    assert.equal(expected, 71);
  });

  it('visits each item exactly once when paging with first: 7, and totalCount matches', async () => {
    const filter = { kinds: ['AREA_FOR_IMPROVEMENT'], forceIds: ['thames-valley-police'] };
    const { nodes, totals } = await readAllPages(findingsQuery, filter, 7);
    assert.deepEqual([...totals], [71]);
    assert.equal(nodes.length, 71);
    assert.equal(new Set(nodes.map((n) => n.id)).size, 71);
    const all = await readAllPages(recommendationsQuery, {}, 7);
    const expected = recommendationFixtures.reduce((n, r) => n + r.recommendations.length, 0);
    assert.deepEqual([...all.totals], [expected]);
    assert.equal(new Set(all.nodes.map((n) => n.id)).size, expected);
  });

  it('lists newest report first, then in the order each report prints its items', async () => {
    const { nodes } = await readAllPages(
      findingsQuery,
      { kinds: ['CAUSE_OF_CONCERN', 'AREA_FOR_IMPROVEMENT'] },
      100,
    );
    const key = (n: ItemNode) => [n.report.publishedOn, n.report.id, n.evidence.lineStart] as const;
    for (let i = 1; i < nodes.length; i += 1) {
      const [a, b] = [key(nodes[i - 1]!), key(nodes[i]!)];
      const ordered =
        a[0] > b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));
      assert.ok(ordered, `${nodes[i - 1]!.id} before ${nodes[i]!.id}`);
    }
    assert.equal(nodes[0]!.report.publishedOn, '2017-03');
  });

  it('matches a theme together with its sub-themes', async () => {
    const pvp = 'protecting-vulnerable-people';
    const expected = countExpected((_r, theme) => theme === pvp || theme.startsWith(`${pvp}/`));
    assert.equal((await findings({ themeIds: [pvp] }, 0)).totalCount, expected);
    const childAbuse = `${pvp}/child-abuse`;
    assert.equal(
      (await findings({ themeIds: [childAbuse] }, 0)).totalCount,
      countExpected((_r, theme) => theme === childAbuse),
    );
  });

  it('filters by report and by kind', async () => {
    const peel = peel2016Reports[0]!;
    assert.equal(
      (await findings({ reportIds: [peel.id] }, 0)).totalCount,
      countExpected((report) => report.id === peel.id),
    );
    const concerns = await findings({ kinds: ['CAUSE_OF_CONCERN'] });
    assert.equal(
      concerns.totalCount,
      countExpected((_r, _t, kind) => kind === 'CAUSE_OF_CONCERN'),
    );
    assert.equal(concerns.edges[0]!.node.evidence.lineStart, 794);
  });

  it('finds by text every finding that holds all the words, as grep finds them', async () => {
    // grep -in "succession planning" seed/reports/*.txt: findings at these lines (in list order).
    const lines = [
      '2007-10-metropolitan-police-inspection:358',
      '2007-10-metropolitan-police-inspection:392',
      '2007-10-metropolitan-police-inspection:1117',
      '2007-10-thames-valley-police-inspection:448',
      '2007-10-west-midlands-police-inspection:298',
    ];
    const result = await findings({ text: 'Succession PLANNING' });
    assert.deepEqual(
      result.edges.map((e) => `${e.node.report.id}:${e.node.evidence.lineStart}`),
      lines,
    );
    const weaknesses = await findings({
      text: 'succession planning',
      kinds: ['AREA_FOR_IMPROVEMENT'],
    });
    assert.equal(weaknesses.totalCount, 3);
    const recommended = await recommendations({ text: 'succession planning' });
    assert.deepEqual(
      recommended.edges.map((e) => `${e.node.report.id}:${e.node.evidence.lineStart}`),
      ['2007-10-metropolitan-police-inspection:394'],
    );
  });

  it('finds the items that mention any of the given entities', async () => {
    const iom = 'initiative/integrated-offender-management';
    const result = await page(
      `query($filter: FindingFilter) { findings(filter: $filter, first: 100) {
        totalCount edges { node { text mentions { entity { id } } } } } }`,
      { filter: { mentions: [iom] } },
    );
    const nodes = (
      result as unknown as {
        edges: { node: { text: string; mentions: { entity: { id: string } }[] } }[];
      }
    ).edges.map((e) => e.node);
    assert.ok(
      nodes.some((n) =>
        n.text.startsWith(
          'The force should ensure that its integrated offender management programme',
        ),
      ),
    );
    for (const node of nodes) assert.ok(node.mentions.some((m) => m.entity.id === iom));
    const mappa = 'initiative/multi-agency-public-protection-arrangements';
    const [one, other, both] = await Promise.all([
      findings({ mentions: [iom] }, 0),
      findings({ mentions: [mappa] }, 0),
      findings({ mentions: [iom, mappa] }, 0),
    ]);
    assert.ok(both.totalCount > Math.max(one.totalCount, other.totalCount));
    assert.ok(both.totalCount <= one.totalCount + other.totalCount);
  });

  it('finds the items tagged with a topic', async () => {
    const result = await page(
      `query($filter: FindingFilter) { findings(filter: $filter, first: 100) {
        totalCount edges { node { text topics { id } } } } }`,
      { filter: { topicIds: ['topic/succession-planning'] } },
    );
    const nodes = (
      result as unknown as { edges: { node: { text: string; topics: { id: string }[] } }[] }
    ).edges.map((e) => e.node);
    assert.ok(
      nodes.some((n) =>
        n.text.startsWith(
          'It will become increasingly important for the MPS to establish a programme for SN succession planning',
        ),
      ),
    );
    for (const node of nodes)
      assert.ok(node.topics.some((t) => t.id === 'topic/succession-planning'));
  });

  it('filters recommendations by force and theme as the fixtures list them', async () => {
    const thamesValley = recommendationFixtures.find(
      (r) => r.sourceFile === '2007-10-thames-valley-police.txt',
    )!;
    assert.equal(
      (await recommendations({ forceIds: ['thames-valley-police'] }, 0)).totalCount,
      thamesValley.recommendations.length,
    );
    const dv = 'protecting-vulnerable-people/domestic-violence';
    const expected = recommendationFixtures
      .flatMap((r) => r.recommendations)
      .filter((r) => r.themeId === dv).length;
    assert.equal((await recommendations({ themeIds: [dv] }, 0)).totalCount, expected);
  });

  it('matches nothing for an empty list or an unknown id, and everything without a filter', async () => {
    assert.equal((await findings({ forceIds: [] }, 0)).totalCount, 0);
    assert.equal((await findings({ themeIds: ['no-such-theme'] }, 0)).totalCount, 0);
    assert.equal(
      (await findings({}, 0)).totalCount,
      countExpected(() => true),
    );
    assert.equal(
      (await findings({ forceIds: null, text: '  ' }, 0)).totalCount,
      countExpected(() => true),
    );
  });

  it('treats injection-looking filter values as plain values', async () => {
    const forceIds = ["x') OR 1=1 //", 'thames-valley-police"}) DETACH DELETE n //'];
    assert.equal((await findings({ forceIds }, 0)).totalCount, 0);
    assert.equal(
      (await findings({ text: "' OR 1=1 // MATCH (n) DETACH DELETE n" }, 0)).totalCount,
      0,
    );
    assert.equal(
      (await findings({}, 0)).totalCount,
      countExpected(() => true),
    );
  });

  it('refuses first: 101 with BAD_USER_INPUT and HTTP 400, for both connections', async () => {
    for (const query of [findingsQuery, recommendationsQuery]) {
      const response = await api.graphql(query, { first: 101 });
      assert.equal(response.status, 400);
      assert.equal(codeOf(response), 'BAD_USER_INPUT');
    }
  });

  it('counts with one count query and fetches a page with one page query', async () => {
    const stats = async (query: string) => {
      const response = await api.graphql(query, undefined, { 'x-query-stats': '1' });
      assert.equal(response.body.errors, undefined);
      return (response.body.extensions!.queryStats as { dbQueries: number }).dbQueries;
    };
    assert.equal(await stats('{ findings(filter: { text: "training" }) { totalCount } }'), 1);
    assert.equal(await stats('{ findings(first: 5) { edges { node { id } } } }'), 1);
    assert.equal(await stats('{ recommendations { totalCount edges { node { id } } } }'), 2);
  });

  it("filters an entity's findings by kind and words without reading every finding of the graph", async () => {
    const met = '2007-10-metropolitan-police-inspection';
    const ask = async (query: string) => {
      const response = await api.graphql(query, undefined, { 'x-query-stats': '1' });
      assert.equal(response.body.errors, undefined);
      const { dbQueries } = response.body.extensions!.queryStats as { dbQueries: number };
      return { data: response.body.data as Record<string, unknown>, dbQueries };
    };
    const filter = 'kinds: [AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN], text: "training"';
    const nested = await ask(
      `{ report(id: "${met}") { findings(first: 100, filter: { ${filter} }) { totalCount nodes { id } } } }`,
    );
    // The report, its findings' keys and the page's findings by id; no ids query over every
    // finding of the graph.
    assert.equal(nested.dbQueries, 3);
    const root = await ask(
      `{ findings(first: 100, filter: { reportIds: ["${met}"], ${filter} }) { totalCount nodes { id } } }`,
    );
    const { findings } = nested.data.report as { findings: { totalCount: number } };
    assert.ok(findings.totalCount > 0);
    assert.deepEqual(findings, root.data.findings);
    // A filter on what the findings are linked to still reads the ids that pass it.
    const byTheme = await ask(
      `{ report(id: "${met}") { findings(first: 1, filter: { themeIds: ["no-such-theme"] }) { totalCount } } }`,
    );
    assert.equal(byTheme.dbQueries, 3);
  });

  it("serves an entity's pages as the root list filtered by that entity: same items, text and order", async () => {
    const met = 'metropolitan-police';
    const pvp = 'protecting-vulnerable-people';
    const cases = [
      { parent: `force(id: "${met}")`, kind: 'findings', root: { forceIds: [met] } },
      { parent: `theme(id: "${pvp}")`, kind: 'findings', root: { themeIds: [pvp] } },
      { parent: `force(id: "${met}")`, kind: 'recommendations', root: { forceIds: [met] } },
      { parent: `theme(id: "${pvp}")`, kind: 'recommendations', root: { themeIds: [pvp] } },
    ];
    for (const { parent, kind, root } of cases) {
      const filterType = kind === 'findings' ? 'FindingFilter' : 'RecommendationFilter';
      for (const [extra, orderBy] of [
        [{}, null],
        [kind === 'findings' ? { kinds: ['AREA_FOR_IMPROVEMENT'] } : {}, null],
        [{}, { field: 'PUBLISHED_ON', direction: 'ASC' }],
      ] as const) {
        const selection = `totalCount edges { cursor node { ${itemFields} } } pageInfo { hasNextPage endCursor }`;
        const args = `filter: $filter, orderBy: $orderBy, first: 7, after: $after`;
        const orderType = kind === 'findings' ? 'FindingOrder' : 'RecommendationOrder';
        const vars = `$filter: ${filterType}, $orderBy: ${orderType}, $after: String`;
        const nestedQuery = `query(${vars}) { ${parent} { ${kind}(${args}) { ${selection} } } }`;
        const rootQuery = `query(${vars}) { ${kind}(${args}) { ${selection} } }`;
        let nestedAfter: string | null = null;
        let rootAfter: string | null = null;
        // The first three pages of each: the page is cut before the items are read.
        for (let n = 0; n < 3; n += 1) {
          const nestedBody = await api.graphql(nestedQuery, {
            filter: extra,
            orderBy,
            after: nestedAfter,
          });
          assert.equal(nestedBody.body.errors, undefined, JSON.stringify(nestedBody.body.errors));
          const nested = Object.values(
            Object.values(nestedBody.body.data!)[0] as Record<string, Page>,
          )[0]!;
          const rootPage = await page(rootQuery, {
            filter: { ...root, ...extra },
            orderBy,
            after: rootAfter,
          });
          assert.ok(nested.totalCount > 7, `${parent} ${kind}: more than one page`);
          assert.equal(nested.totalCount, rootPage.totalCount, `${parent} ${kind} totalCount`);
          assert.deepEqual(
            nested.edges.map((edge) => edge.node),
            rootPage.edges.map((edge) => edge.node),
            `${parent} ${kind} ${JSON.stringify(extra)} ${JSON.stringify(orderBy)} page ${n + 1}`,
          );
          nestedAfter = nested.pageInfo.endCursor;
          rootAfter = rootPage.pageInfo.endCursor;
        }
      }
    }
  });

  it("reads none of an entity's items for its totalCount alone", async () => {
    const response = await api.graphql(
      '{ force(id: "metropolitan-police") { findings(first: 20) { totalCount } } }',
      undefined,
      { 'x-query-stats': '1' },
    );
    assert.equal(response.body.errors, undefined);
    const force = response.body.data!.force as { findings: { totalCount: number } };
    assert.ok(force.findings.totalCount > 20);
    // The force, and its findings' keys; no finding is read.
    const { dbQueries } = response.body.extensions!.queryStats as { dbQueries: number };
    assert.equal(dbQueries, 2);
  });
});
