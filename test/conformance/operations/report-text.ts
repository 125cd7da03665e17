import assert from 'node:assert/strict';
import { checkOperation, type ConformanceOperation } from '../operation.js';

/**
 * The report's text beyond its lists: sections, passages and footnotes. Expected answers are
 * read from the seed reports (line numbers of seed/reports/), never from the API's output.
 */

const peel = '2017-03-metropolitan-police-peel-effectiveness-2016';
const majorCrime = '2008-07-metropolitan-police-major-crime';
const met2007 = '2007-10-metropolitan-police-inspection';

/** PEEL l.186, the overall summary's paragraph on vulnerable people, which marks footnote 3 (l.194). */
const vulnerablePassage = `${peel}/passage/overall-summary/6`;

/**
 * The major crime standards whose "Area(s) for improvement" list is printed "- None." (2008,
 * l.346 MC02, l.533 MC10, l.554 MC11, l.616 MC14, l.654 MC16, l.756 MC20, l.776 MC21, l.849
 * MC24, l.870 MC25).
 */
const standardsWithoutImprovementAreas = [
  'MC02',
  'MC10',
  'MC11',
  'MC14',
  'MC16',
  'MC20',
  'MC21',
  'MC24',
  'MC25',
];

interface ReportPassages {
  report: {
    passages: {
      totalCount: number;
      nodes: {
        id: string;
        kind: string;
        text: string;
        ordinal: number;
        evidence: { lines: { start: number; end: number } };
      }[];
      pageInfo: { hasNextPage: boolean };
    };
  };
}

interface PassageDetail {
  passage: {
    text: string;
    report: { id: string };
    section: { heading: string; level: number };
    theme: { id: string } | null;
    footnotes: { mark: string; text: string; citedBy: { id: string } | null }[];
    evidence: { section: string; lines: { start: number; end: number } };
  };
}

export const reportTextOperations: readonly ConformanceOperation[] = [
  checkOperation<ReportPassages>({
    name: 'report: pages through its passages in reading order',
    query: `query ($id: ID!) { report(id: $id) { passages(first: 3) { totalCount pageInfo { hasNextPage } nodes { id kind text ordinal evidence { lines { start end } } } } } }`,
    variables: { id: met2007 },
    check: ({ report }) => {
      const { nodes, totalCount, pageInfo } = report.passages;
      assert.ok(totalCount > 100, `${totalCount} passages`);
      assert.equal(pageInfo.hasNextPage, true);
      assert.deepEqual(
        nodes.map((p) => p.ordinal),
        [1, 2, 3],
      );
      // The first paragraph of the body: the introduction, l.67.
      assert.match(
        nodes[0]!.text,
        /^For a century and a half, Her Majesty's Inspectorate of Constabulary/,
      );
      assert.deepEqual(nodes[0]!.evidence.lines, { start: 67, end: 67 });
    },
  }),
  checkOperation<PassageDetail>({
    name: 'passage: its report, section, theme and the footnote it cites',
    query: `query ($id: ID!) { passage(id: $id) { text report { id } section { heading level } theme { id } footnotes { mark text citedBy { id } } evidence { section lines { start end } } } }`,
    variables: { id: vulnerablePassage },
    check: ({ passage }) => {
      assert.match(
        passage.text,
        /^How the force protects vulnerable people and supports victims is inadequate\. Awareness and consideration of vulnerable people by officers/,
      );
      assert.equal(passage.report.id, peel);
      assert.deepEqual(passage.section, { heading: 'Overall summary', level: 2 });
      assert.equal(passage.theme?.id, 'peel-effectiveness');
      assert.deepEqual(passage.evidence.lines, { start: 186, end: 186 });
      assert.equal(passage.footnotes.length, 1);
      assert.equal(passage.footnotes[0]!.mark, '3');
      assert.match(
        passage.footnotes[0]!.text,
        /^People who are vulnerable through their age, disability/,
      );
      assert.equal(passage.footnotes[0]!.citedBy?.id, vulnerablePassage);
    },
  }),
  checkOperation<{
    passages: {
      totalCount: number;
      nodes: {
        text: string;
        mentions: { entity: { id: string }; evidence: { quote: string } }[];
        tags: { topic: { id: string }; cue: string | null }[];
        topics: { id: string }[];
      }[];
    };
  }>({
    name: 'passages: filtered by an entity named, with the entities and topics of each',
    // PEEL l.712: "Operation Encompass is a scheme which provides support to children who are
    // affected by domestic abuse. … shared with schools through the MASH structure, based on the
    // level of risk."
    query: `{ passages(filter: { reportIds: ["${peel}"], mentions: ["initiative/operation-encompass"] }, first: 5) {
      totalCount nodes { text mentions { entity { id } evidence { quote } } tags { topic { id } cue } topics { id } } } }`,
    check: ({ passages }) => {
      assert.equal(passages.totalCount, 1);
      const [passage] = passages.nodes;
      assert.match(
        passage!.text,
        /^Operation Encompass is a scheme which provides support to children/,
      );
      const named = passage!.mentions.map((m) => m.entity.id);
      for (const id of [
        'initiative/operation-encompass',
        'initiative/multi-agency-safeguarding-hub',
        'partner/schools',
      ])
        assert.ok(named.includes(id), id);
      for (const m of passage!.mentions)
        assert.match(m.evidence.quote, /Operation Encompass|MASH|schools/);
      assert.ok(
        passage!.tags.some((t) => t.topic.id === 'topic/partnership-working' && t.cue !== null),
      );
      assert.deepEqual(
        passage!.topics.map((t) => t.id),
        passage!.tags.map((t) => t.topic.id),
      );
    },
  }),
  checkOperation<{
    sections: {
      totalCount: number;
      nodes: {
        code: string;
        printedNone: string[];
        findingCounts: { kind: string; count: number }[];
      }[];
    };
  }>({
    name: 'sections: the major crime standards whose report prints "None." for areas for improvement',
    query: `{ sections(filter: { standards: true, printedNone: AREA_FOR_IMPROVEMENT }, first: 30) { totalCount nodes { code printedNone findingCounts { kind count } } } }`,
    check: ({ sections }) => {
      assert.equal(sections.totalCount, standardsWithoutImprovementAreas.length);
      assert.deepEqual(
        sections.nodes.map((s) => s.code),
        standardsWithoutImprovementAreas,
      );
      for (const s of sections.nodes) {
        assert.ok(s.printedNone.includes('AREA_FOR_IMPROVEMENT'));
        assert.equal(s.findingCounts.find((c) => c.kind === 'AREA_FOR_IMPROVEMENT')?.count, 0);
      }
    },
  }),
  checkOperation<{
    report: {
      sections: {
        id: string;
        code: string;
        heading: string;
        level: number;
        parent: { heading: string };
      }[];
    };
  }>({
    name: 'report: lists its 25 major crime standards under the four threshold headings, and one by code',
    query: `query ($id: ID!) { report(id: $id) { sections(standards: true) { id code heading level parent { heading } } } }`,
    variables: { id: majorCrime },
    check: ({ report }) => {
      const codes = report.sections.map((s) => s.code);
      assert.deepEqual(
        codes,
        Array.from({ length: 25 }, (_, i) => `MC${String(i + 1).padStart(2, '0')}`),
      );
      assert.deepEqual(
        [...new Set(report.sections.map((s) => s.parent.heading))],
        ['Intelligence', 'Prevention', 'Enforcement', 'Performance management and resilience'],
      );
      // l.688: the heading as printed.
      assert.equal(report.sections[17]!.heading, 'MC18 (This is also covered by MC06) Summary');
    },
  }),
  checkOperation<{
    section: {
      code: string;
      printedNone: string[];
      theme: { id: string };
      report: { id: string };
      lines: { start: number };
      evidence: { quote: string };
      children: { heading: string }[];
      findings: { totalCount: number; nodes: { kind: string }[] };
      findingCounts: { kind: string; count: number }[];
      recommendations: { totalCount: number };
      passages: { totalCount: number; nodes: { text: string; section: { heading: string } }[] };
    };
  }>({
    name: 'section: an MC standard with its lists, counts, passages and printed-empty lists',
    query: `query ($id: ID!) { section(id: $id) { code printedNone theme { id } report { id } lines { start } evidence { quote } children { heading } findings(first: 20) { totalCount nodes { kind } } findingCounts { kind count } recommendations { totalCount } passages(first: 10) { totalCount nodes { text section { heading } } } } }`,
    variables: { id: `${majorCrime}/section/mc02-summary` },
    check: ({ section }) => {
      // 2008 l.315-346: MC02 Summary, one paragraph, strengths l.321-324 and l.336-338 (7
      // bullets), work in progress l.342 (1), areas for improvement "- None." (l.346).
      assert.equal(section.code, 'MC02');
      assert.equal(section.evidence.quote, 'MC02 Summary');
      assert.equal(section.lines.start, 315);
      assert.equal(section.report.id, majorCrime);
      assert.equal(section.theme.id, 'major-crime/intelligence');
      assert.deepEqual(section.printedNone, ['AREA_FOR_IMPROVEMENT']);
      assert.deepEqual(
        section.children.map((c) => c.heading),
        ['Strengths', 'Work in progress', 'Area(s) for improvement'],
      );
      assert.deepEqual(section.findingCounts, [
        { kind: 'STRENGTH', count: 7 },
        { kind: 'WORK_IN_PROGRESS', count: 1 },
        { kind: 'AREA_FOR_IMPROVEMENT', count: 0 },
        { kind: 'CAUSE_OF_CONCERN', count: 0 },
      ]);
      assert.equal(section.findings.totalCount, 8);
      assert.equal(section.recommendations.totalCount, 0);
      assert.match(
        section.passages.nodes[0]!.text,
        /^The force seeks \(and shares\) intelligence about level 2 and level 3 major crime types/,
      );
      assert.equal(section.passages.nodes[0]!.section.heading, 'MC02 Summary');
    },
  }),
  checkOperation<{ finding: { section: { heading: string; parent: { code: string } } } | null }>({
    name: 'finding: the section its list is printed in',
    query: `{ finding: node(id: "${majorCrime}/finding/major-crime-intelligence/strength/1") { ... on Finding { section { heading parent { code } } } } }`,
    check: ({ finding }) => {
      // 2008 l.301: the first bullet of MC01's "Evidence" list.
      assert.deepEqual(finding?.section, { heading: 'Evidence', parent: { code: 'MC01' } });
    },
  }),
  checkOperation<{
    report: {
      footnotes: {
        id: string;
        mark: string;
        section: { heading: string };
        report: { id: string };
      }[];
    };
    footnote: { mark: string; citedBy: { id: string } | null } | null;
  }>({
    name: 'report: lists its footnotes; a footnote names the item citing it',
    query: `query ($id: ID!) { report(id: $id) { footnotes { id mark section { heading } report { id } } } footnote(id: "${met2007}/footnote/3") { mark text citedBy { id } } }`,
    variables: { id: met2007 },
    check: ({ report, footnote }) => {
      // Met 2007: footnotes ¹ (l.303), ² (l.364), ³ (l.797), ⁴ (l.1003), ⁵ (l.1029).
      assert.deepEqual(
        report.footnotes.map((f) => f.mark),
        ['1', '2', '3', '4', '5'],
      );
      assert.equal(report.footnotes[2]!.section.heading, 'Contextual factors overview');
      assert.ok(report.footnotes.every((f) => f.report.id === met2007));
      // l.774 "…over the course of 2006/07:³" is the paragraph citing it.
      assert.equal(footnote?.mark, '3');
      assert.match(footnote?.citedBy?.id ?? '', /\/passage\/contextual-factors-overview\/3$/);
    },
  }),
  checkOperation<{
    footnote: {
      mentions: {
        target: { __typename: string; name: string };
        evidence: { quote: string; lines: { start: number } };
      }[];
    } | null;
  }>({
    name: 'footnote: the bodies it names, each with its sentence, and the footnote among their sources',
    query: `{ footnote(id: "${peel}/footnote/27") { mentions { target { __typename ... on Body { name } } evidence { quote lines { start } } } } }`,
    check: ({ footnote }) => {
      // PEEL l.619: "The Association of Chief Police Officers (ACPO) is now the National Police
      // Chiefs' Council (NPCC). ACPO Guidance on Safeguarding and Investigating the Abuse of
      // Vulnerable Adults, NPIA, 2012."
      const bodies = new Map(footnote!.mentions.map((m) => [m.target.name, m]));
      const npia = bodies.get('National Policing Improvement Agency');
      assert.ok(npia, [...bodies.keys()].join(', '));
      assert.equal(npia.target.__typename, 'Body');
      assert.match(npia.evidence.quote, /^ACPO Guidance on Safeguarding/);
      assert.equal(npia.evidence.lines.start, 619);
      assert.ok(bodies.has('Association of Chief Police Officers'));
    },
  }),
  checkOperation<{
    footnote: {
      evidence: { lines: { start: number }; quote: string };
      citedBy: { id: string; footnotes: { mark: string }[]; section: { heading: string } };
    };
    recommendation: { section: { heading: string }; footnotes: { mark: string }[] };
    sections: {
      edges: { cursor: string; node: { code: string } }[];
      pageInfo: { hasNextPage: boolean };
    };
    report: { passages: { edges: { node: { id: string } }[] } };
  }>({
    name: 'finding, recommendation: their section and footnotes; sections by a code written loosely; pages of edges',
    query: `{
      footnote(id: "${met2007}/footnote/1") {
        evidence { lines { start } quote }
        citedBy { id ... on Finding { footnotes { mark } section { heading } } }
      }
      recommendation: node(id: "${met2007}/recommendation/1") { ... on Recommendation { section { heading } footnotes { mark } } }
      sections(filter: { reportIds: ["${majorCrime}"], codes: ["mc7"] }, first: 1) { edges { cursor node { code } } pageInfo { hasNextPage } }
      report(id: "${met2007}") { passages(first: 2) { edges { node { id } } } }
    }`,
    check: ({ footnote, recommendation, sections, report }) => {
      // Met 2007 l.303 "¹ Detailed in HO research study 296 (Findings 272)", marked in the
      // sixth neighbourhood policing strength (l.301).
      assert.deepEqual(footnote.evidence, {
        lines: { start: 303 },
        quote: 'Detailed in HO research study 296 (Findings 272)',
      });
      assert.equal(footnote.citedBy.id, `${met2007}/finding/neighbourhood-policing/strength/6`);
      assert.deepEqual(footnote.citedBy.footnotes, [{ mark: '1' }]);
      assert.equal(footnote.citedBy.section.heading, 'Strengths');
      // l.378 "RECOMMENDATION 1" inside the areas for improvement list.
      assert.deepEqual(recommendation, {
        section: { heading: 'Areas for improvement' },
        footnotes: [],
      });
      assert.deepEqual(
        sections.edges.map((e) => e.node.code),
        ['MC07'],
      );
      assert.equal(sections.pageInfo.hasNextPage, false);
      assert.equal(report.passages.edges.length, 2);
    },
  }),
  {
    name: 'section, passage, footnote: an unknown id is null',
    query: '{ section(id: "nope") { id } passage(id: "nope") { id } footnote(id: "nope") { id } }',
    data: { section: null, passage: null, footnote: null },
  },
];
