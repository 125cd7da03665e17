import { toGradeCode } from '../../../src/domain/grade-scales.js';
import assert from 'node:assert/strict';
import type { ExpectedReport } from '../../fixtures/expected-report.types.js';
import { expectedPractice } from '../../fixtures/developing-practice.expected.js';
import { hmic2007Findings } from '../../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';
import { expectedForceFacts } from '../../fixtures/force-facts.expected.js';
import { expectedGlossaries } from '../../fixtures/glossary.expected.js';
import { hmic2007Recommendations } from '../../fixtures/recommendations-hmic-2007.expected.js';
import { majorCrime2008Recommendations } from '../../fixtures/recommendations-major-crime-2008.expected.js';
import { peel2016Recommendations } from '../../fixtures/recommendations-peel-2016.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import {
  assertIncludesAll,
  assertOrderedBy,
  compareCodeUnits,
  compareNewestFirst,
  countBy,
  seedReports,
} from './seed-graph.js';

const expectedFindings = [...hmic2007Findings, ...majorCrime2008Findings, ...peel2016Findings];
const expectedRecommendations = [
  ...hmic2007Recommendations,
  ...majorCrime2008Recommendations,
  ...peel2016Recommendations,
];

/** Finds the fixture of `report` in a list of fixtures keyed by source file. */
function fixtureOf<T extends { readonly sourceFile: string }>(
  fixtures: readonly T[],
  report: ExpectedReport,
): T {
  const fixture = fixtures.find((candidate) => candidate.sourceFile === report.sourceFile);
  if (!fixture) throw new Error(`no fixture for ${report.sourceFile}`);
  return fixture;
}

interface Evidence {
  reportId: string;
  section: string | null;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

interface ReportJudgements {
  report: {
    judgements: {
      grade: string;
      level: { label: string };
      rank: number;
      scale: { id: string };
      theme: { id: string };
      force: { id: string };
      report: { id: string };
      nationalDistribution: { grade: string; forces: number }[];
      evidence: Evidence;
    }[];
  };
}

function judgementsOperation(expected: ExpectedReport): ConformanceOperation {
  return checkOperation<ReportJudgements>({
    name: `report: every grade of ${expected.id} with its theme, force, national distribution and lines`,
    query: `query ($id: ID!) {
      report(id: $id) {
        judgements {
          grade level { label } rank scale { id } theme { id } force { id } report { id }
          nationalDistribution { grade forces }
          evidence { reportId section lineStart lineEnd quote }
        }
      }
    }`,
    variables: { id: expected.id },
    check: ({ report }) => {
      const got = report.judgements.map((j) => `${j.theme.id}=${j.grade}#${j.rank}`).sort();
      const want = expected.judgements
        .map((j) => `${j.themeId}=${toGradeCode(j.grade)}#${j.rank}`)
        .sort();
      assert.deepEqual(got, want);
      for (const judgement of report.judgements) {
        const line = expected.judgements.find((j) => j.themeId === judgement.theme.id)!;
        assert.equal(judgement.force.id, expected.metadata.forceId);
        assert.equal(judgement.report.id, expected.id);
        assert.ok(judgement.scale.id.length > 0, 'a grade carries its scale');
        assert.equal(judgement.evidence.reportId, expected.id);
        assert.deepEqual(
          [judgement.evidence.lineStart, judgement.evidence.lineEnd],
          [line.lineStart, line.lineEnd],
          `lines of ${line.themeId}`,
        );
        if (line.section !== undefined) assert.equal(judgement.evidence.section, line.section);
        const gradeWord = judgement.level.label.toLowerCase().split(' ')[0]!;
        assert.ok(
          judgement.evidence.quote.toLowerCase().includes(gradeWord),
          'quote names the grade',
        );
        const distribution = expected.distributions.find((d) => d.themeId === judgement.theme.id);
        assert.deepEqual(
          judgement.nationalDistribution,
          distribution
            ? distribution.grades.map((grade, i) => ({
                grade: toGradeCode(grade),
                forces: distribution.counts[i],
              }))
            : [],
          `national distribution on ${judgement.theme.id}`,
        );
      }
    },
  });
}

interface ReportFinding {
  kind: string;
  ordinal: number;
  text: string;
  theme: { id: string };
  /** Selected in the sample page only. */
  force?: { id: string };
  report?: { id: string };
  evidence: { report?: { id: string }; lines: { start: number; end: number } };
}

interface ReportFindings {
  report: Record<string, { totalCount: number; nodes: ReportFinding[] }>;
}

function findingsOperation(expected: ExpectedReport): ConformanceOperation {
  const fixture = fixtureOf(expectedFindings, expected);
  // One page per theme, as long as the fixture says it is: the whole report in one operation,
  // within the complexity limit (the cost of a page grows with \`first\`).
  const pages = Object.entries(fixture.counts)
    .map(([themeId, kinds], i) => {
      const first = Object.values(kinds).reduce((sum, n) => sum + n, 0);
      return `theme${i}: findings(first: ${first}, filter: { themeIds: ["${themeId}"], exactTheme: true }) {
          totalCount
          nodes { kind ordinal text theme { id } evidence { lines { start end } } }
        }`;
    })
    .join('\n');
  return checkOperation<ReportFindings>({
    name: `report: the findings of ${expected.id} per theme and kind, in report order, with their full text`,
    query: `query ($id: ID!) {
      report(id: $id) {
        all: findings(first: 0) { totalCount }
        sample: findings(first: 20) {
          totalCount
          nodes { kind ordinal text theme { id } force { id } report { id } evidence { report { id } lines { start end } } }
        }
        ${pages}
      }
    }`,
    variables: { id: expected.id },
    check: ({ report }) => {
      const { all, sample, ...byTheme } = report;
      const findings = Object.values(byTheme).flatMap((page) => page.nodes);
      const got = countBy(findings, (f) => `${f.theme.id} ${f.kind}`);
      const want = new Map<string, number>();
      for (const [themeId, kinds] of Object.entries(fixture.counts)) {
        for (const [kind, count] of Object.entries(kinds)) {
          if (count > 0) want.set(`${themeId} ${kind}`, count);
        }
      }
      assert.deepEqual(Object.fromEntries(got), Object.fromEntries(want));
      assert.equal(
        all!.totalCount,
        findings.length,
        'no finding outside the themes of the fixture',
      );
      for (const page of Object.values(byTheme)) assert.equal(page.totalCount, page.nodes.length);
      for (const sampled of fixture.samples) {
        const finding = findings.find(
          (f) =>
            f.kind === sampled.kind &&
            f.theme.id === sampled.themeId &&
            f.ordinal === sampled.ordinal,
        );
        assert.ok(finding, `${sampled.kind} ${sampled.ordinal} on ${sampled.themeId}`);
        assert.equal(finding.text, sampled.text);
        assert.deepEqual(
          [finding.evidence.lines.start, finding.evidence.lines.end],
          [sampled.lineStart, sampled.lineEnd],
        );
      }
      for (const finding of sample!.nodes) {
        assert.equal(finding.force!.id, expected.metadata.forceId);
        assert.equal(finding.report!.id, expected.id);
        assert.equal(finding.evidence.report!.id, expected.id);
      }
      assertOrderedBy(sample!.nodes, (f) => f.evidence.lines.start, 'findings in report order');
      for (const page of Object.values(byTheme))
        assertOrderedBy(page.nodes, (f) => f.evidence.lines.start, 'findings in report order');
    },
  });
}

interface ReportRecommendations {
  report: {
    recommendations: {
      nodes: {
        number: number | null;
        ordinal: number;
        text: string;
        theme: { id: string };
        force: { id: string };
        report: { id: string };
        evidence: { lines: { start: number } };
        addresses: { kind: string; ordinal: number; theme: { id: string } }[];
      }[];
    };
  };
}

function recommendationsOperation(expected: ExpectedReport): ConformanceOperation {
  const fixture = fixtureOf(expectedRecommendations, expected);
  return checkOperation<ReportRecommendations>({
    name: `report: the recommendations of ${expected.id} in order, each with the finding it addresses`,
    query: `query ($id: ID!) {
      report(id: $id) {
        recommendations(first: 100) {
          nodes {
            number ordinal text theme { id } force { id } report { id }
            evidence { lines { start } }
            addresses { kind ordinal theme { id } }
          }
        }
      }
    }`,
    variables: { id: expected.id },
    check: ({ report }) => {
      const recommendations = report.recommendations.nodes;
      assert.equal(recommendations.length, fixture.recommendations.length);
      fixture.recommendations.forEach((want, index) => {
        const got = recommendations[index]!;
        const where = `recommendation ${index + 1}`;
        assert.equal(got.ordinal, index + 1, where);
        assert.equal(got.number, want.number, where);
        assert.equal(got.theme.id, want.themeId, where);
        assert.equal(got.evidence.lines.start, want.lineStart, where);
        assert.ok(got.text.startsWith(want.firstWords), `${where} starts "${want.firstWords}"`);
        assert.equal(got.force.id, expected.metadata.forceId);
        assert.equal(got.report.id, expected.id);
        assert.deepEqual(
          got.addresses,
          want.addresses
            ? [
                {
                  kind: want.addresses.kind,
                  ordinal: want.addresses.ordinal,
                  theme: { id: want.themeId },
                },
              ]
            : [],
          `${where} addresses`,
        );
      });
    },
  });
}

/** A glossary entry with case and punctuation folded away. */
function foldTerm(acronym: string, expansion: string): string {
  const fold = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return `${fold(acronym)} = ${fold(expansion)}`;
}

interface ReportGlossary {
  report: { glossary: { id: string; acronym: string; expansion: string }[] };
}

function glossaryOperation(expected: ExpectedReport): ConformanceOperation {
  const fixture = fixtureOf(expectedGlossaries, expected);
  return checkOperation<ReportGlossary>({
    name: `report: the glossary of ${expected.id}, by acronym`,
    query: 'query ($id: ID!) { report(id: $id) { glossary { id acronym expansion } } }',
    variables: { id: expected.id },
    check: ({ report }) => {
      assert.equal(report.glossary.length, fixture.count);
      // A term printed alike in several glossaries is one node; "alike" ignores case and
      // punctuation, so the node may spell the expansion as another report prints it.
      const terms = report.glossary.map((term) => foldTerm(term.acronym, term.expansion));
      assertIncludesAll(
        terms,
        fixture.samples.map((term) => foldTerm(term.acronym, term.expansion)),
        'glossary samples',
      );
      const acronyms = report.glossary.map((term) => term.acronym);
      assertIncludesAll(
        acronyms,
        [fixture.first, fixture.last].filter((a): a is string => a !== undefined),
        'first and last printed terms',
      );
      assert.deepEqual(acronyms, [...acronyms].sort(compareCodeUnits), 'sorted by acronym');
    },
  });
}

interface ReportPractice {
  report: {
    developingPractice: {
      name: string;
      kind: string;
      inspectionArea: string | null;
      problem: string | null;
      contact: string | null;
      outcome: string | null;
      theme: { id: string } | null;
      report: { id: string } | null;
      evidence: { reportId: string; lineStart: number; lineEnd: number } | null;
    }[];
  };
}

function practiceOperation(expected: ExpectedReport): ConformanceOperation {
  const fixture = expectedPractice.find((p) => p.sourceFile === expected.sourceFile);
  const items = fixture?.items ?? [];
  return checkOperation<ReportPractice>({
    name: `report: the developing practice ${expected.id} presents, with problem, contact, outcome and lines`,
    query: `query ($id: ID!) {
      report(id: $id) {
        developingPractice {
          name kind inspectionArea problem contact outcome
          theme { id } report { id } evidence { reportId lineStart lineEnd }
        }
      }
    }`,
    variables: { id: expected.id },
    check: ({ report }) => {
      assert.deepEqual(
        report.developingPractice.map((item) => item.name),
        items.map((item) => item.title),
      );
      items.forEach((want, index) => {
        const got = report.developingPractice[index]!;
        assert.equal(got.kind, 'DEVELOPING_PRACTICE');
        assert.equal(got.theme?.id, want.themeId, want.title);
        assert.equal(got.inspectionArea, want.inspectionArea, want.title);
        assert.equal(got.report?.id, expected.id);
        assert.deepEqual(got.evidence, {
          reportId: expected.id,
          lineStart: want.lineStart,
          lineEnd: want.lineEnd,
        });
        assert.ok(got.problem?.startsWith(want.problemStarts), `${want.title}: problem`);
        if (want.contact !== undefined) assert.equal(got.contact, want.contact);
        if (want.outcomeStarts !== undefined) {
          assert.ok(got.outcome?.startsWith(want.outcomeStarts), `${want.title}: outcome`);
        }
      });
    },
  });
}

interface ReportFacts {
  report: {
    facts: {
      name: string;
      category: string;
      value: number | null;
      valueText: string | null;
      unit: string | null;
      period: string | null;
      change: number | null;
      comparator: string | null;
      comparatorValue: number | null;
      evidence: { reportId: string; lineStart: number };
    }[];
  };
}

function factsOperation(expected: ExpectedReport): ConformanceOperation {
  const fixture = fixtureOf(expectedForceFacts, expected);
  return checkOperation<ReportFacts>({
    name: `report: the figures ${expected.id} states, whole and fractional, with change and comparator`,
    query: `query ($id: ID!) {
      report(id: $id) {
        facts {
          name category value valueText unit period change comparator comparatorValue
          evidence { reportId lineStart }
        }
      }
    }`,
    variables: { id: expected.id },
    check: ({ report }) => {
      const overview = report.facts.filter((f) => f.category === 'OVERVIEW');
      assert.deepEqual(
        overview.map((f) => f.name).sort(),
        fixture.overview.map((f) => f.name).sort(),
      );
      for (const want of fixture.overview) {
        const got = overview.find((f) => f.name === want.name)!;
        assert.deepEqual(
          [got.value, got.valueText, got.unit, got.period, got.evidence.lineStart],
          [want.value, want.valueText, want.unit, want.period, want.lineStart],
          want.name,
        );
      }
      const indicators = report.facts.filter((f) => f.category === 'INDICATOR');
      assert.equal(indicators.length, fixture.indicatorCount);
      for (const want of fixture.indicatorSamples) {
        const got = indicators.find(
          (f) =>
            f.name === want.name &&
            f.period === want.period &&
            f.evidence.lineStart === want.lineStart,
        );
        assert.ok(got, `${want.name} (${want.period})`);
        // A sample pins only the fields it lists.
        const pinned = Object.keys(want).filter(
          (key) => key !== 'lineStart',
        ) as (keyof typeof want & keyof typeof got)[];
        assert.deepEqual(
          Object.fromEntries(pinned.map((key) => [key, got[key]])),
          Object.fromEntries(pinned.map((key) => [key, want[key]])),
          `${want.name} (${want.period})`,
        );
      }
      for (const fact of report.facts) {
        assert.equal(fact.evidence.reportId, expected.id);
        assert.ok(
          !fixture.notData.includes(fact.evidence.lineStart),
          `${fact.name} from a header row`,
        );
      }
    },
  });
}

const perReport = seedReports.flatMap((report) => [
  judgementsOperation(report),
  findingsOperation(report),
  recommendationsOperation(report),
  glossaryOperation(report),
  practiceOperation(report),
  factsOperation(report),
]);

const metropolitan2007 = seedReports.find(
  (r) => r.id === '2007-10-metropolitan-police-inspection',
)!;
const thamesValley2007 = seedReports.find(
  (r) => r.id === '2007-10-thames-valley-police-inspection',
)!;

interface FilteredFindings {
  met: { findings: { nodes: { kind: string; theme: { id: string } }[] } };
  tvp: { findings: { nodes: { kind: string; theme: { id: string } }[] } };
  metStrengths: { findings: { totalCount: number; nodes: { kind: string }[] } };
}

export const reportOperations: readonly ConformanceOperation[] = [
  {
    name: 'reports: lists all five seed reports newest first with their metadata and force',
    query:
      '{ reports { id title publishedOn year isbn framework frameworkYear sourceFile lineCount force { id } } }',
    data: {
      reports: [...seedReports].sort(compareNewestFirst).map((report) => ({
        id: report.id,
        title: report.metadata.title,
        publishedOn: report.metadata.publishedOn,
        year: Number(report.metadata.publishedOn.slice(0, 4)),
        isbn: report.metadata.isbn,
        // The fixtures name the framework with its year: PEEL_EFFECTIVENESS_2016.
        framework: report.metadata.framework.replace(/_\d{4}$/, ''),
        frameworkYear: Number(report.metadata.framework.slice(-4)),
        sourceFile: report.sourceFile,
        lineCount: report.metadata.lineCount,
        force: { id: report.metadata.forceId },
      })),
    },
  },
  {
    name: 'reports: filters by force and by framework, with or without its year',
    query: `{
      met: reports(forceId: "metropolitan-police") { id }
      peel: reports(framework: "PEEL_EFFECTIVENESS") { id }
      hmic2007: reports(framework: "HMIC_INSPECTION_2007", forceId: "west-midlands-police") { id }
      none: reports(framework: "PEEL") { id }
    }`,
    data: {
      met: [...seedReports]
        .filter((r) => r.metadata.forceId === 'metropolitan-police')
        .sort(compareNewestFirst)
        .map((r) => ({ id: r.id })),
      peel: seedReports
        .filter((r) => r.metadata.framework.startsWith('PEEL_EFFECTIVENESS'))
        .map((r) => ({ id: r.id })),
      hmic2007: [{ id: '2007-10-west-midlands-police-inspection' }],
      none: [],
    },
  },
  ...perReport,
  checkOperation<FilteredFindings>({
    name: 'report.findings: filters by kind and by theme, as the root list does',
    query: `{
      met: report(id: "${metropolitan2007.id}") {
        findings(first: 100, filter: { kinds: [AREA_FOR_IMPROVEMENT], themeIds: ["protecting-vulnerable-people/domestic-violence"] }) {
          nodes { kind theme { id } }
        }
      }
      tvp: report(id: "${thamesValley2007.id}") {
        findings(first: 100, filter: { themeIds: ["protecting-vulnerable-people/child-abuse"] }) { nodes { kind theme { id } } }
      }
      metStrengths: report(id: "${metropolitan2007.id}") {
        findings(first: 100, filter: { kinds: [STRENGTH] }) { totalCount nodes { kind } }
      }
    }`,
    check: ({ met, tvp, metStrengths }) => {
      const metCounts = fixtureOf(expectedFindings, metropolitan2007).counts;
      const tvpCounts = fixtureOf(expectedFindings, thamesValley2007).counts;
      const dv = 'protecting-vulnerable-people/domestic-violence';
      const ca = 'protecting-vulnerable-people/child-abuse';
      assert.equal(met.findings.nodes.length, metCounts[dv]!.AREA_FOR_IMPROVEMENT);
      assert.ok(
        met.findings.nodes.every((f) => f.kind === 'AREA_FOR_IMPROVEMENT' && f.theme.id === dv),
      );
      const tvpCa = tvpCounts[ca]!;
      assert.equal(
        tvp.findings.nodes.length,
        tvpCa.STRENGTH +
          tvpCa.WORK_IN_PROGRESS +
          tvpCa.AREA_FOR_IMPROVEMENT +
          tvpCa.CAUSE_OF_CONCERN,
      );
      assert.ok(tvp.findings.nodes.every((f) => f.theme.id === ca));
      assert.equal(
        metStrengths.findings.totalCount,
        Object.values(metCounts).reduce((sum, kinds) => sum + kinds.STRENGTH, 0),
      );
    },
  }),
  {
    name: 'report: answers null for an id no report has',
    query: '{ report(id: "1999-01-nowhere-inspection") { id } }',
    data: { report: null },
  },
];
