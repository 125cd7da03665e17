import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedReportsDir } from '../../../src/paths.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import { reportOfFile, seedReports } from './seed-graph.js';

/**
 * The shared shapes of the schema contract (issue 15): grade scales and levels, the one
 * Evidence shape and the `nodes` of connections. Expected values come from the reports: the
 * 2007 reports print four grades with Fair and Poor as the weak ones, the 2008 major crime
 * report three standards, PEEL four grades.
 */

const met2007 = seedReports.find((r) => r.id === '2007-10-metropolitan-police-inspection')!;
const dv = 'protecting-vulnerable-people/domestic-violence';
const metDomesticViolence = met2007.judgements.find((j) => j.themeId === dv)!;
const peelFindings = peel2016Findings[0]!;
const peel = reportOfFile(peelFindings.sourceFile);
const concern = peelFindings.samples[0]!;

/** Lines `from` to `to` (1-based, inclusive) of a seed report file, as printed. */
function readSeedLines(sourceFile: string, from: number, to: number): string[] {
  const lines = readFileSync(join(seedReportsDir, sourceFile), 'utf8').split(/\r?\n/);
  return lines.slice(from - 1, to);
}

interface Level {
  grade: string;
  label: string;
  rank: number;
  position: number;
  weak: boolean;
}

const level = (grade: string, label: string, rank: number, of: number, weak: boolean): Level => ({
  grade,
  label,
  rank,
  position: (rank - 1) / (of - 1),
  weak,
});

interface Evidence {
  report: { id: string; publishedOn: string };
  section: string | null;
  lines: { start: number; end: number } | null;
  quote: string | null;
}

interface GradedTheme {
  gradeComparison: {
    force: { id: string };
    grade: string;
    level: Level;
    scale: { id: string; weakFromRank: number };
    nationalDistribution: {
      grade: string;
      level: { label: string; weak: boolean };
      forces: number;
    }[];
    evidence: Evidence;
  }[];
}

interface SourceText {
  report: {
    lineCount: number;
    head: { number: number; text: string }[];
    acrossRuns: { number: number; text: string }[];
    pastTheEnd: { number: number }[];
  };
  gradeComparison: {
    force: { id: string };
    evidence: { lines: { start: number; end: number }; context: string; bare: string };
  }[];
}

interface PagedItems {
  findings: {
    nodes: { id: string; evidence: Evidence }[];
    edges: { node: { id: string } }[];
  };
  recommendations: { nodes: { id: string }[]; edges: { node: { id: string } }[] };
}

const evidenceFields = 'report { id publishedOn } section lines { start end } quote';

export const contractOperations: readonly ConformanceOperation[] = [
  {
    name: 'gradeScales: the three scales the reports grade on, best grade first, weak from rank 3',
    query: `{
      gradeScales {
        id weakFromRank hasNationalDistribution
        levels { grade label rank position weak scale }
      }
    }`,
    data: {
      gradeScales: [
        {
          id: 'EXCELLENT_TO_POOR',
          weakFromRank: 3,
          hasNationalDistribution: true,
          levels: [
            level('EXCELLENT', 'Excellent', 1, 4, false),
            level('GOOD', 'Good', 2, 4, false),
            level('FAIR', 'Fair', 3, 4, true),
            level('POOR', 'Poor', 4, 4, true),
          ].map((l) => ({ ...l, scale: 'EXCELLENT_TO_POOR' })),
        },
        {
          id: 'STANDARD_COMPLIANCE',
          weakFromRank: 3,
          hasNationalDistribution: false,
          levels: [
            level('EXCEEDS_THE_STANDARD', 'Exceeds the standard', 1, 3, false),
            level('MEETS_THE_STANDARD', 'Meets the standard', 2, 3, false),
            level('FAILS_TO_MEET_THE_STANDARD', 'Fails to meet the standard', 3, 3, true),
          ].map((l) => ({ ...l, scale: 'STANDARD_COMPLIANCE' })),
        },
        {
          id: 'OUTSTANDING_TO_INADEQUATE',
          weakFromRank: 3,
          hasNationalDistribution: false,
          levels: [
            level('OUTSTANDING', 'Outstanding', 1, 4, false),
            level('GOOD', 'Good', 2, 4, false),
            level('REQUIRES_IMPROVEMENT', 'Requires improvement', 3, 4, true),
            level('INADEQUATE', 'Inadequate', 4, 4, true),
          ].map((l) => ({ ...l, scale: 'OUTSTANDING_TO_INADEQUATE' })),
        },
      ],
    },
  },
  checkOperation<GradedTheme>({
    name: "Judgement: the Met's 2007 domestic violence grade as a level on its scale, with the national levels and cleaned evidence",
    query: `{
      gradeComparison(themeId: "${dv}") {
        force { id } grade level { grade label rank position weak }
        scale { id weakFromRank }
        nationalDistribution { grade level { label weak } forces }
        evidence { ${evidenceFields} }
      }
    }`,
    check: ({ gradeComparison }) => {
      const met = gradeComparison.find((j) => j.force.id === 'metropolitan-police')!;
      assert.equal(met.grade, 'FAIR');
      assert.deepEqual(met.level, level('FAIR', 'Fair', 3, 4, true));
      assert.deepEqual(met.scale, { id: 'EXCELLENT_TO_POOR', weakFromRank: 3 });
      assert.deepEqual(
        met.nationalDistribution.map((d) => [d.grade, d.level.label, d.level.weak, d.forces]),
        [
          ['EXCELLENT', 'Excellent', false, 1],
          ['GOOD', 'Good', false, 13],
          ['FAIR', 'Fair', true, 27],
          ['POOR', 'Poor', true, 2],
        ],
      );
      assert.deepEqual(met.evidence.report, {
        id: met2007.id,
        publishedOn: met2007.metadata.publishedOn,
      });
      assert.deepEqual(met.evidence.lines, {
        start: metDomesticViolence.lineStart,
        end: metDomesticViolence.lineEnd,
      });
      for (const judgement of gradeComparison)
        assert.doesNotMatch(judgement.evidence.quote ?? '', /\t| {2}/, 'no layout whitespace');
    },
  }),
  checkOperation<SourceText>({
    name: 'Report.lines and Evidence.context: the source text as printed, across stored runs, around a grade',
    query: `{
      report(id: "${met2007.id}") {
        lineCount
        head: lines(from: 1, to: 3) { number text }
        acrossRuns: lines(from: 95, to: 205) { number text }
        pastTheEnd: lines(from: 1530, to: 1600) { number }
      }
      gradeComparison(themeId: "${dv}") {
        force { id }
        evidence { lines { start end } context bare: context(around: 0) }
      }
    }`,
    check: ({ report, gradeComparison }) => {
      const file = met2007.sourceFile;
      assert.deepEqual(
        report.head.map((l) => l.text),
        readSeedLines(file, 1, 3),
      );
      assert.deepEqual(
        report.acrossRuns.map((l) => l.number),
        Array.from({ length: 111 }, (_, i) => 95 + i),
      );
      assert.deepEqual(
        report.acrossRuns.map((l) => l.text),
        readSeedLines(file, 95, 205),
      );
      assert.deepEqual(
        report.pastTheEnd.map((l) => l.number),
        Array.from({ length: report.lineCount - 1529 }, (_, i) => 1530 + i),
      );
      const { evidence } = gradeComparison.find((j) => j.force.id === 'metropolitan-police')!;
      const { start, end } = evidence.lines;
      assert.equal(evidence.context, readSeedLines(file, start - 2, end + 2).join('\n'));
      assert.equal(evidence.bare, readSeedLines(file, start, end).join('\n'));
      assert.match(evidence.bare, /GRADE\s+FAIR/);
    },
  }),
  {
    name: 'Report.lines: a range that is empty, backwards or too long is BAD_USER_INPUT',
    query: `{ report(id: "${met2007.id}") { lines(from: 10, to: 9) { number } } }`,
    errorCodes: ['BAD_USER_INPUT'],
  },
  {
    name: 'Report.lines: at most 500 lines per call',
    query: `{ report(id: "${met2007.id}") { lines(from: 1, to: 501) { number } } }`,
    errorCodes: ['BAD_USER_INPUT'],
  },
  {
    name: 'node: the id of a stored run of source lines is no entity',
    query: `{ node(id: "${met2007.id}/lines/1") { id } }`,
    data: { node: null },
  },
  checkOperation<PagedItems>({
    name: 'connections: `nodes` lists the page `edges` list, and findings carry the one Evidence shape',
    query: `{
      findings(first: 5, filter: { reportIds: ["${peel.id}"], kinds: [CAUSE_OF_CONCERN] }) {
        nodes { id evidence { ${evidenceFields} } }
        edges { node { id } }
      }
      recommendations(first: 3) { nodes { id } edges { node { id } } }
    }`,
    check: ({ findings, recommendations }) => {
      assert.deepEqual(
        findings.nodes.map((n) => n.id),
        findings.edges.map((e) => e.node.id),
      );
      assert.deepEqual(
        recommendations.nodes.map((n) => n.id),
        recommendations.edges.map((e) => e.node.id),
      );
      assert.equal(recommendations.nodes.length, 3);
      assert.equal(findings.nodes.length, 1);
      const { evidence } = findings.nodes[0]!;
      assert.deepEqual(evidence.report, { id: peel.id, publishedOn: peel.metadata.publishedOn });
      assert.deepEqual(evidence.lines, { start: concern.lineStart, end: concern.lineEnd });
      assert.ok(concern.text.startsWith(evidence.quote!), 'the quote is the start of the text');
    },
  }),
];
