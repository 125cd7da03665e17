import assert from 'node:assert/strict';
import { checkOperation, type ConformanceOperation } from '../operation.js';

/**
 * Relationships that carry evidence, read through their typed fields (ADDRESSES, RUNS,
 * PART_OF, DEFINES): the related node as the plain field gives it, and where a report says so.
 * Expected answers are read from the reports: the glossary line "ACPO<tab>Association of Chief
 * Police Officers" (Met 2007 l.1380, Thames Valley l.1348, West Midlands l.736, Met 2008
 * l.1004), the West Midlands developing practice "999 call protocol" (l.546), the PEEL 2016
 * sentence "An analyst research team is allocated to each area" (l.827).
 */

interface Evidence {
  report: { id: string };
  lines: { start: number; end: number };
  quote: string;
}

interface RelationshipEvidence {
  term: {
    reports: { id: string }[];
    definitions: { report: { id: string }; evidence: Evidence }[];
  };
  initiatives: {
    nodes: {
      forces: { id: string }[];
      runners: { force: { id: string }; evidence: Evidence }[];
    }[];
  };
  unit: { force: { id: string }; memberships: { force: { id: string }; evidence: Evidence }[] };
  recommendations: {
    nodes: {
      report: { id: string };
      addresses: { id: string }[];
      addressing: { finding: { id: string }; evidence: Evidence }[];
    }[];
  };
}

const evidence = 'evidence { report { id } lines { start end } quote }';

export const relationshipEvidenceOperations: readonly ConformanceOperation[] = [
  checkOperation<RelationshipEvidence>({
    name: 'relationship evidence: Term.definitions, Initiative.runners, Unit.memberships and Recommendation.addressing give the related node and where a report says so',
    query: `{
      term(id: "term/acpo/association-of-chief-police-officers") {
        reports { id } definitions { report { id } ${evidence} }
      }
      initiatives(filter: { nameContains: "999 call protocol" }) {
        nodes { forces { id } runners { force { id } ${evidence} } }
      }
      unit(id: "unit/metropolitan-police/analyst-research-team") {
        force { id } memberships { force { id } ${evidence} }
      }
      recommendations(first: 30) {
        nodes { report { id } addresses { id } addressing { finding { id } ${evidence} } }
      }
    }`,
    check: ({ term, initiatives, unit, recommendations }) => {
      const glossaryLines = term.definitions.map((d) => [d.report.id, d.evidence.lines.start]);
      assert.deepEqual(glossaryLines.sort(), [
        ['2007-10-metropolitan-police-inspection', 1380],
        ['2007-10-thames-valley-police-inspection', 1348],
        ['2007-10-west-midlands-police-inspection', 736],
        ['2008-07-metropolitan-police-major-crime', 1004],
      ]);
      assert.deepEqual(
        term.definitions.map((d) => d.report.id),
        term.reports.map((r) => r.id),
        'the same reports as `reports`, in the same order',
      );
      for (const d of term.definitions) {
        assert.equal(d.evidence.report.id, d.report.id);
        assert.equal(d.evidence.quote, 'ACPO Association of Chief Police Officers');
      }

      assert.equal(initiatives.nodes.length, 1);
      const [protocol] = initiatives.nodes;
      assert.deepEqual(protocol!.forces, [{ id: 'west-midlands-police' }]);
      assert.deepEqual(
        protocol!.runners.map((r) => [r.force.id, r.evidence.report.id, r.evidence.lines.start]),
        [['west-midlands-police', '2007-10-west-midlands-police-inspection', 546]],
      );
      assert.match(protocol!.runners[0]!.evidence.quote, /TITLE: 999 call protocol/);

      assert.equal(unit.force.id, 'metropolitan-police');
      const peelMembership = unit.memberships.find(
        (m) => m.evidence.report.id === '2017-03-metropolitan-police-peel-effectiveness-2016',
      );
      assert.ok(peelMembership, JSON.stringify(unit.memberships));
      assert.equal(peelMembership.force.id, 'metropolitan-police');
      assert.equal(peelMembership.evidence.lines.start, 827);
      assert.match(peelMembership.evidence.quote, /An analyst research team is allocated/);

      let addressed = 0;
      for (const r of recommendations.nodes) {
        assert.deepEqual(
          r.addressing.map((a) => a.finding.id),
          r.addresses.map((f) => f.id),
        );
        for (const a of r.addressing) {
          addressed += 1;
          assert.equal(a.evidence.report.id, r.report.id);
          assert.ok(a.evidence.quote.length > 0);
          assert.ok(a.evidence.lines.start <= a.evidence.lines.end);
        }
      }
      assert.ok(addressed > 0, 'some recommendation addresses a finding');
    },
  }),
];
