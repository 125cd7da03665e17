import assert from 'node:assert/strict';
import { expectedPractice } from '../../fixtures/developing-practice.expected.js';
import type { ExpectedCounts, ExpectedFindings } from '../../fixtures/findings.expected.js';
import { hmic2007Findings } from '../../fixtures/findings-hmic-2007.expected.js';
import { expectedGlossaries, sharedTermId } from '../../fixtures/glossary.expected.js';
import { hmic2007Recommendations } from '../../fixtures/recommendations-hmic-2007.expected.js';
import { expectedTopics } from '../../fixtures/topics.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';

/**
 * Relationships read from the other end: a force's findings and recommendations, a theme's and
 * a topic's, the items that name an entity, the reports that define a term, the force and
 * report of a figure. Expected answers come from the hand-checked fixtures.
 */

const thamesValley = '2007-10-thames-valley-police.txt';
const domesticViolence = 'protecting-vulnerable-people/domestic-violence';

const total = (c: ExpectedCounts) => Object.values(c).reduce((a, b) => a + b, 0);
const findingsOf = (file: string): ExpectedFindings =>
  hmic2007Findings.find((f) => f.sourceFile === file)!;

interface Page {
  totalCount: number;
  edges: { node: { force: { id: string }; theme: { id: string } | null; kind?: string } }[];
}

export const reverseLinkOperations: readonly ConformanceOperation[] = [
  checkOperation<{ force: { findings: Page; afi: Page; recommendations: Page } }>({
    name: 'force: pages through the findings and recommendations about it, by kind',
    query: `{ force(id: "thames-valley-police") {
      findings(first: 100) { totalCount edges { node { kind force { id } theme { id } } } }
      afi: findings(first: 100, filter: { kinds: [AREA_FOR_IMPROVEMENT] }) { totalCount edges { node { kind force { id } theme { id } } } }
      recommendations(first: 100) { totalCount edges { node { force { id } theme { id } } } }
    } }`,
    check: ({ force }) => {
      const counts = Object.values(findingsOf(thamesValley).counts);
      assert.equal(
        force.findings.totalCount,
        counts.reduce((n, c) => n + total(c), 0),
      );
      assert.equal(
        force.afi.totalCount,
        counts.reduce((n, c) => n + c.AREA_FOR_IMPROVEMENT, 0),
      );
      assert.ok(force.afi.edges.every((e) => e.node.kind === 'AREA_FOR_IMPROVEMENT'));
      const recommendations = hmic2007Recommendations.find((r) => r.sourceFile === thamesValley)!;
      assert.equal(force.recommendations.totalCount, recommendations.recommendations.length);
      for (const page of [force.findings, force.recommendations])
        assert.ok(page.edges.every((e) => e.node.force.id === 'thames-valley-police'));
    },
  }),
  checkOperation<{ force: { initiatives: { name: string }[] } }>({
    name: 'force: lists the developing practice it runs',
    query: '{ force(id: "metropolitan-police") { initiatives { name } } }',
    check: ({ force }) => {
      const names = new Set(force.initiatives.map((i) => i.name));
      const met = expectedPractice.filter((p) => p.reportId.includes('metropolitan-police'));
      for (const item of met.flatMap((p) => p.items)) assert.ok(names.has(item.title), item.title);
    },
  }),
  checkOperation<{
    force: { mentionedBy: { totalCount: number; nodes: { evidence: { quote: string } }[] } };
  }>({
    name: 'force: pages through the items of other forces’ reports that name it, with the sentence',
    query:
      '{ force(id: "sussex-police") { mentionedBy(first: 100) { totalCount nodes { item: source { ... on Node { id } } evidence { report { id } quote } } } } }',
    check: ({ force }) => {
      assert.ok(force.mentionedBy.nodes.length > 0);
      assert.equal(force.mentionedBy.totalCount, force.mentionedBy.nodes.length);
      for (const source of force.mentionedBy.nodes) assert.match(source.evidence.quote, /Sussex/);
    },
  }),
  checkOperation<{ theme: { findings: Page; recommendations: Page } }>({
    name: 'theme: pages through the findings and recommendations filed under it',
    query: `query ($id: ID!) { theme(id: $id) {
      findings(first: 100) { totalCount edges { node { force { id } theme { id } } } }
      recommendations(first: 100) { totalCount edges { node { force { id } theme { id } } } }
    } }`,
    variables: { id: domesticViolence },
    check: ({ theme }) => {
      const expected = hmic2007Findings.reduce((n, f) => n + total(f.counts[domesticViolence]!), 0);
      assert.equal(theme.findings.totalCount, expected);
      const recommendations = hmic2007Recommendations.flatMap((r) => r.recommendations);
      assert.equal(
        theme.recommendations.totalCount,
        recommendations.filter((r) => r.themeId === domesticViolence).length,
      );
      for (const page of [theme.findings, theme.recommendations])
        assert.ok(page.edges.every((e) => e.node.theme?.id === domesticViolence));
    },
  }),
  checkOperation<{
    topic: {
      findings: { edges: { node: { text: string; topics: { id: string }[] } }[] };
      recommendations: Page;
    };
  }>({
    name: 'topic: lists the findings and recommendations tagged with it',
    query: `{ topic(id: "topic/succession-planning") {
      findings(first: 100) { edges { node { text topics { id } } } }
      recommendations(first: 100) { totalCount edges { node { force { id } theme { id } } } }
    } }`,
    check: ({ topic }) => {
      const texts = topic.findings.edges.map((e) => e.node.text);
      for (const item of expectedTopics.filter((t) => t.topics.includes('succession-planning')))
        assert.ok(texts.includes(item.text), item.source);
      assert.ok(
        topic.findings.edges.every((e) =>
          e.node.topics.some((t) => t.id === 'topic/succession-planning'),
        ),
      );
    },
  }),
  checkOperation<{
    partnerAgency: {
      mentionedBy: { totalCount: number; nodes: { evidence: { quote: string } }[] };
    };
  }>({
    name: 'partner agency: pages through the items that name it, with the sentence',
    query:
      '{ partnerAgency(id: "partner/crown-prosecution-service") { mentionedBy(first: 2) { totalCount nodes { item { id } evidence { quote } } } } }',
    check: ({ partnerAgency }) => {
      assert.equal(partnerAgency.mentionedBy.nodes.length, 2);
      assert.ok(partnerAgency.mentionedBy.totalCount > 2);
      for (const s of partnerAgency.mentionedBy.nodes)
        assert.match(s.evidence.quote, /CPS|Crown Prosecution/);
    },
  }),
  checkOperation<{
    units: {
      nodes: { id: string; mentionedBy: { nodes: { evidence: { report: { id: string } } }[] } }[];
    };
  }>({
    name: 'unit: lists the items of its force’s reports that name it',
    query:
      '{ units(filter: { forceIds: ["west-midlands-police"] }, first: 100) { nodes { id mentionedBy(first: 5) { nodes { evidence { report { id } } } } } } }',
    check: ({ units }) => {
      assert.ok(units.nodes.some((u) => u.mentionedBy.nodes.length > 0));
      for (const unit of units.nodes)
        for (const s of unit.mentionedBy.nodes)
          assert.equal(s.evidence.report.id, '2007-10-west-midlands-police-inspection');
    },
  }),
  checkOperation<{ node: { acronym: string; reports: { sourceFile: string }[] } }>({
    name: 'term: lists the reports whose glossary defines it',
    query: `query ($id: ID!) { node(id: $id) { ... on Term { acronym reports { sourceFile } } } }`,
    variables: { id: sharedTermId },
    check: ({ node }) => {
      assert.equal(node.acronym, 'ACPO');
      const withGlossary = expectedGlossaries.filter((g) => g.count > 0).map((g) => g.sourceFile);
      assert.deepEqual(node.reports.map((r) => r.sourceFile).sort(), [...withGlossary].sort());
    },
  }),
  checkOperation<{ force: { facts: { force: { id: string }; report: { id: string } }[] } }>({
    name: 'force fact: names the force it describes and the report that states it',
    query: '{ force(id: "metropolitan-police") { facts { force { id } report { id } } } }',
    check: ({ force }) => {
      assert.ok(force.facts.length > 0);
      for (const fact of force.facts) {
        assert.equal(fact.force.id, 'metropolitan-police');
        assert.match(fact.report.id, /metropolitan-police/);
      }
    },
  }),
];
