import assert from 'node:assert/strict';
import { isWeaknessKind, weaknessKinds } from '../../../src/domain/finding-kinds.js';
import { expectedEntities } from '../../fixtures/entities.expected.js';
import type { ExpectedCounts } from '../../fixtures/findings.expected.js';
import { hmic2007Findings } from '../../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';
import { hmic2007Recommendations } from '../../fixtures/recommendations-hmic-2007.expected.js';
import { majorCrime2008Recommendations } from '../../fixtures/recommendations-major-crime-2008.expected.js';
import { peel2016Recommendations } from '../../fixtures/recommendations-peel-2016.expected.js';
import { expectedTopics } from '../../fixtures/topics.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import { assertOrderedBy, compareCodeUnits, reportOfFile, seedReports } from './seed-graph.js';

/**
 * The filtered, paged lists `findings` and `recommendations` (docs/api.md): counts from the
 * hand-checked fixtures, order newest report first and then the report's own order.
 */

const met = 'metropolitan-police';
const pvp = 'protecting-vulnerable-people';
const dv = `${pvp}/domestic-violence`;
const allFindings = [...hmic2007Findings, ...majorCrime2008Findings, ...peel2016Findings];
const allRecommendations = [
  ...hmic2007Recommendations,
  ...majorCrime2008Recommendations,
  ...peel2016Recommendations,
];

/** Findings the fixtures count for the reports and themes that pass `keep`, of `kinds`. */
function countFindings(
  keep: (reportId: string, forceId: string, themeId: string) => boolean,
  kinds: readonly (keyof ExpectedCounts)[],
): number {
  let total = 0;
  for (const fixture of allFindings) {
    const report = reportOfFile(fixture.sourceFile);
    for (const [themeId, counts] of Object.entries(fixture.counts)) {
      if (!keep(report.id, report.metadata.forceId, themeId)) continue;
      for (const kind of kinds) total += counts[kind];
    }
  }
  return total;
}

/** A theme filter matches the theme and its sub-themes. */
function isUnder(themeId: string, filter: string): boolean {
  return themeId === filter || themeId.startsWith(`${filter}/`);
}

interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

interface ListedFinding {
  kind: string;
  text: string;
  theme: { id: string };
  report: { id: string; publishedOn: string };
  evidence: { lineStart: number };
  mentions: { entity: { id: string } }[];
}

interface FindingFacetCounts {
  facets: {
    kinds: { kind: string; count: number }[];
    themes: { theme: { id: string }; count: number }[];
    topics: { topic: { id: string }; count: number }[];
  };
}

interface FacetAnswers {
  root: FindingFacetCounts;
  force: { findings: FindingFacetCounts };
  training: Count;
}

const facetSelection =
  'facets { kinds { kind count } themes { theme { id } count } topics { topic { id } count } }';

interface FindingLists {
  metWeaknesses: Page<ListedFinding>;
  wmpVulnerableStrengths: Page<ListedFinding>;
  metDomesticViolence: Page<ListedFinding>;
  none: Page<ListedFinding>;
}

const finding = 'kind text theme { id } report { id publishedOn } evidence { lineStart }';
const metReportOrder = seedReports
  .filter((r) => r.metadata.forceId === met)
  .sort((a, b) => compareCodeUnits(b.metadata.publishedOn, a.metadata.publishedOn))
  .map((r) => r.id);

interface RecommendationLists {
  peel: Page<{ number: number | null; evidence: { lineStart: number } }>;
  thamesValley: { totalCount: number };
  metVulnerable: Page<{ theme: { id: string }; report: { id: string } }>;
  nothing: Page<unknown>;
}

const peelRecommendations = peel2016Recommendations[0]!.recommendations;
const peelReport = reportOfFile(peel2016Recommendations[0]!.sourceFile);

/** The items the fixtures say name the Crown Prosecution Service. */
const cpsFindings = expectedEntities.flatMap((entities) =>
  entities.mentions
    .filter(
      (m) => m.label === 'Finding' && m.entities.includes('partner/crown-prosecution-service'),
    )
    .map((m) => m.startsWith),
);
const successionPlanning = expectedTopics.find((t) => t.topics.includes('succession-planning'))!;

const allKinds: (keyof ExpectedCounts)[] = [
  'STRENGTH',
  'WORK_IN_PROGRESS',
  'AREA_FOR_IMPROVEMENT',
  'CAUSE_OF_CONCERN',
];

interface Count {
  totalCount: number;
}

interface FilterMeanings {
  underVulnerable: Count;
  onVulnerable: Count;
  theme: { all: Count; own: Count; ownStrengths: Count };
  published2008: Count;
  majorCrime: Count;
  peelIn2007: Count;
  oldest: { nodes: { report: { id: string }; evidence: { lines: { start: number } } }[] };
  force: {
    oldest: { nodes: { report: { id: string; publishedOn: string } }[] };
    newest: { nodes: { report: { id: string; publishedOn: string } }[] };
  };
}

export const listOperations: readonly ConformanceOperation[] = [
  checkOperation<FilterMeanings>({
    name: 'findings: one meaning of theme (sub-themes unless exactTheme), years and frameworks, and orderBy, at the root and on an entity',
    query: `{
      underVulnerable: findings(first: 0, filter: { themeIds: ["${pvp}"] }) { totalCount }
      onVulnerable: findings(first: 0, filter: { themeIds: ["${pvp}"], exactTheme: true }) { totalCount }
      theme(id: "${pvp}") {
        all: findings(first: 0) { totalCount }
        own: findings(first: 0, filter: { exactTheme: true }) { totalCount }
        ownStrengths: findings(first: 0, filter: { exactTheme: true, kinds: [STRENGTH] }) { totalCount }
      }
      published2008: findings(first: 0, filter: { years: [2008] }) { totalCount }
      majorCrime: findings(first: 0, filter: { frameworks: [MAJOR_CRIME] }) { totalCount }
      peelIn2007: findings(first: 0, filter: { frameworks: [PEEL_EFFECTIVENESS], years: [2007] }) { totalCount }
      oldest: findings(first: 3, orderBy: { field: PUBLISHED_ON, direction: ASC }) {
        nodes { report { id } evidence { lines { start } } }
      }
      force(id: "${met}") {
        oldest: findings(first: 100, orderBy: { field: PUBLISHED_ON, direction: ASC }) { nodes { report { id publishedOn } } }
        newest: findings(first: 100) { nodes { report { id publishedOn } } }
      }
    }`,
    check: (data) => {
      const under = countFindings((_r, _f, themeId) => isUnder(themeId, pvp), allKinds);
      const own = countFindings((_r, _f, themeId) => themeId === pvp, allKinds);
      assert.ok(own > 0 && under > own, 'the fixtures count findings on pvp and on its sub-themes');
      assert.equal(data.underVulnerable.totalCount, under);
      assert.equal(data.onVulnerable.totalCount, own);
      assert.equal(data.theme.all.totalCount, under);
      assert.equal(data.theme.own.totalCount, own);
      assert.equal(
        data.theme.ownStrengths.totalCount,
        countFindings((_r, _f, themeId) => themeId === pvp, ['STRENGTH']),
      );
      const majorCrime = countFindings((id) => id.startsWith('2008-07'), allKinds);
      assert.equal(data.published2008.totalCount, majorCrime);
      assert.equal(data.majorCrime.totalCount, majorCrime);
      assert.equal(data.peelIn2007.totalCount, 0);
      // The oldest reports are the three of 2007-10; by id the Met's comes first.
      assert.deepEqual(
        data.oldest.nodes.map((n) => n.report.id),
        Array(3).fill('2007-10-metropolitan-police-inspection'),
      );
      assertOrderedBy(data.oldest.nodes, (n) => n.evidence.lines.start, 'in print order');
      const months = (nodes: { report: { publishedOn: string } }[]) =>
        nodes.map((n) => n.report.publishedOn);
      assert.deepEqual(
        months(data.force.oldest.nodes),
        [...months(data.force.oldest.nodes)].sort(),
      );
      assert.deepEqual(
        months(data.force.newest.nodes),
        [...months(data.force.newest.nodes)].sort().reverse(),
      );
    },
  }),
  checkOperation<FacetAnswers>({
    name: 'findings facets: counts by kind and theme from the hand-checked fixtures, topics as the topic filter counts, alike at the root and on a force',
    query: `{
      root: findings(first: 0, filter: { forceIds: ["${met}"] }) { ${facetSelection} }
      force(id: "${met}") { findings(first: 1) { ${facetSelection} } }
      training: findings(first: 0, filter: { forceIds: ["${met}"], topicIds: ["topic/training"] }) { totalCount }
    }`,
    check: ({ root, force, training }) => {
      const byKind = allKinds
        .map((kind) => [kind, countFindings((_r, forceId) => forceId === met, [kind])] as const)
        .filter(([, n]) => n > 0);
      assert.deepEqual(
        [...root.facets.kinds]
          .sort((a, b) => compareCodeUnits(a.kind, b.kind))
          .map((k) => [k.kind, k.count]),
        [...byKind].sort((a, b) => compareCodeUnits(a[0], b[0])),
      );
      const themeIds = new Set(
        allFindings.flatMap((f) =>
          reportOfFile(f.sourceFile).metadata.forceId === met ? Object.keys(f.counts) : [],
        ),
      );
      const byTheme = [...themeIds]
        .map(
          (id) =>
            [
              id,
              countFindings((_r, forceId, themeId) => forceId === met && themeId === id, allKinds),
            ] as const,
        )
        .filter(([, n]) => n > 0);
      assert.deepEqual(
        [...root.facets.themes]
          .sort((a, b) => compareCodeUnits(a.theme.id, b.theme.id))
          .map((t) => [t.theme.id, t.count]),
        [...byTheme].sort((a, b) => compareCodeUnits(a[0], b[0])),
      );
      assertOrderedBy(root.facets.themes, (t) => -t.count, 'most findings first');
      const trainingFacet = root.facets.topics.find((t) => t.topic.id === 'topic/training');
      assert.equal(trainingFacet?.count, training.totalCount);
      assert.ok(training.totalCount > 0);
      assert.deepEqual(force.findings.facets, root.facets);
    },
  }),
  checkOperation<FindingLists>({
    name: 'findings: filters by force, kind, report and theme with sub-themes, newest report first, then report order',
    query: `{
      metWeaknesses: findings(filter: { forceIds: ["${met}"], kinds: [AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN] }, first: 100) {
        totalCount edges { cursor node { ${finding} } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      wmpVulnerableStrengths: findings(filter: { themeIds: ["${pvp}"], kinds: [STRENGTH], forceIds: ["west-midlands-police"] }, first: 5) {
        totalCount edges { cursor node { ${finding} } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      metDomesticViolence: findings(filter: { reportIds: ["2007-10-metropolitan-police-inspection"], themeIds: ["${dv}"], kinds: [AREA_FOR_IMPROVEMENT] }) {
        totalCount edges { cursor node { ${finding} } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      none: findings(filter: { reportIds: [] }) {
        totalCount edges { cursor node { ${finding} } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`,
    check: ({ metWeaknesses, wmpVulnerableStrengths, metDomesticViolence, none }) => {
      const metTotal = countFindings((_, forceId) => forceId === met, weaknessKinds);
      assert.equal(metWeaknesses.totalCount, metTotal);
      assert.equal(metWeaknesses.edges.length, metTotal);
      assert.equal(metWeaknesses.pageInfo.hasNextPage, false);
      const nodes = metWeaknesses.edges.map((e) => e.node);
      assert.ok(nodes.every((n) => isWeaknessKind(n.kind)));
      assert.deepEqual(
        [...new Set(nodes.map((n) => n.report.id))],
        metReportOrder,
        'newest report first',
      );
      for (const reportId of metReportOrder) {
        const lines = nodes
          .filter((n) => n.report.id === reportId)
          .map((n) => n.evidence.lineStart);
        assert.deepEqual(
          lines,
          [...lines].sort((a, b) => a - b),
          `${reportId} in report order`,
        );
      }

      const wmpStrengths = countFindings(
        (_, forceId, themeId) => forceId === 'west-midlands-police' && isUnder(themeId, pvp),
        ['STRENGTH'],
      );
      assert.equal(wmpVulnerableStrengths.totalCount, wmpStrengths);
      assert.equal(wmpVulnerableStrengths.edges.length, 5);
      assert.equal(wmpVulnerableStrengths.pageInfo.hasNextPage, true);
      assert.equal(wmpVulnerableStrengths.pageInfo.hasPreviousPage, false);
      assert.equal(
        wmpVulnerableStrengths.pageInfo.endCursor,
        wmpVulnerableStrengths.edges[4]!.cursor,
      );
      assert.ok(wmpVulnerableStrengths.edges.every((e) => isUnder(e.node.theme.id, pvp)));

      const metDvAreas = hmic2007Findings[0]!.counts[dv]!.AREA_FOR_IMPROVEMENT;
      assert.equal(metDomesticViolence.totalCount, metDvAreas);
      assert.equal(metDomesticViolence.edges.length, metDvAreas);
      assert.ok(
        metDomesticViolence.edges.every(
          (e) => e.node.theme.id === dv && e.node.kind === 'AREA_FOR_IMPROVEMENT',
        ),
      );

      assert.deepEqual(none, {
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      });
    },
  }),
  checkOperation<{ byText: Page<ListedFinding>; byMention: Page<ListedFinding> }>({
    name: 'findings: filters by whole words of the text and by the entities the text names',
    query: `{
      byText: findings(filter: { text: "Succession PLANNING" }, first: 100) {
        totalCount edges { cursor node { ${finding} } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      byMention: findings(filter: { mentions: ["partner/crown-prosecution-service"] }, first: 100) {
        totalCount
        edges { cursor node { ${finding} mentions { entity { id } } } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`,
    check: ({ byText, byMention }) => {
      assert.ok(
        byText.edges.some((e) => e.node.text.startsWith(successionPlanning.text.slice(0, 60))),
        `${successionPlanning.source} is listed`,
      );
      for (const { node } of byText.edges) {
        assert.match(node.text, /\bsuccession\b/i);
        assert.match(node.text, /\bplanning\b/i);
      }
      for (const start of cpsFindings) {
        assert.ok(
          byMention.edges.some((e) => e.node.text.startsWith(start)),
          `"${start}" names the CPS`,
        );
      }
      assert.ok(
        byMention.edges.every((e) =>
          e.node.mentions.some((m) => m.entity.id === 'partner/crown-prosecution-service'),
        ),
      );
      assert.equal(byMention.totalCount, byMention.edges.length);
    },
  }),
  checkOperation<RecommendationLists>({
    name: 'recommendations: filters by report, force and theme with sub-themes, in report order',
    query: `{
      peel: recommendations(filter: { reportIds: ["${peelReport.id}"] }) {
        totalCount edges { cursor node { number evidence { lineStart } } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      thamesValley: recommendations(filter: { forceIds: ["thames-valley-police"] }, first: 0) { totalCount }
      metVulnerable: recommendations(filter: { forceIds: ["${met}"], themeIds: ["${pvp}"] }, first: 100) {
        totalCount edges { cursor node { theme { id } report { id } } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      nothing: recommendations(filter: { topicIds: [] }) {
        totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`,
    check: ({ peel, thamesValley, metVulnerable, nothing }) => {
      assert.equal(peel.totalCount, peelRecommendations.length);
      assert.deepEqual(
        peel.edges.map((e) => [e.node.number, e.node.evidence.lineStart]),
        peelRecommendations.map((r) => [null, r.lineStart]),
      );
      const tvp = allRecommendations.find((r) => r.sourceFile.includes('thames-valley'))!;
      assert.equal(thamesValley.totalCount, tvp.recommendations.length);
      const metUnderPvp = allRecommendations
        .filter((r) => reportOfFile(r.sourceFile).metadata.forceId === met)
        .flatMap((r) => r.recommendations)
        .filter((r) => isUnder(r.themeId, pvp));
      assert.equal(metVulnerable.totalCount, metUnderPvp.length);
      assert.deepEqual(
        metVulnerable.edges.map((e) => e.node.theme.id),
        metUnderPvp.map((r) => r.themeId),
      );
      assert.deepEqual(nothing, {
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      });
    },
  }),
  {
    name: 'recommendations: a page of more than 100 is BAD_USER_INPUT',
    query: '{ recommendations(first: 101) { totalCount } }',
    errorCodes: ['BAD_USER_INPUT'],
  },
];
