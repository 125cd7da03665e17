import { toGradeCode } from '../../../src/domain/grade-scales.js';
import assert from 'node:assert/strict';
import { isWeaknessKind } from '../../../src/domain/finding-kinds.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import { compareCodeUnits, seedReports } from './seed-graph.js';

/**
 * The relational questions (docs/api.md), checked on every engine. Expected answers come from
 * the hand-checked fixtures and from reading the reports; the line numbers quoted are the
 * reports' own.
 */

const met = 'metropolitan-police';
const tvp = 'thames-valley-police';
const wmp = 'west-midlands-police';
const mash = 'initiative/multi-agency-safeguarding-hub';
const peel2016 = '2017-03-metropolitan-police-peel-effectiveness-2016';
const dv = 'protecting-vulnerable-people/domestic-violence';

interface Evidence {
  reportId: string;
  lineStart: number;
}

interface ItemEvidence {
  report: { id: string };
  lines: { start: number };
}

interface SharedWeaknesses {
  sharedWeaknesses: {
    topic: { id: string };
    forces: { id: string }[];
    findings: {
      totalCount: number;
      nodes: { kind: string; force: { id: string }; evidence: ItemEvidence }[];
    };
  }[];
  sharedWeakThemes: {
    theme: { id: string };
    forces: { id: string }[];
    judgements: { grade: string; rank: number }[];
  }[];
}

interface ArrangementPartners {
  arrangementPartners: {
    arrangement: { id: string };
    partner: { id: string };
    force: { id: string } | null;
    scope: string;
    roles: string[];
    evidence: Evidence[];
  }[];
}

interface SimilarForces {
  similarForces: {
    force: { id: string };
    score: number;
    gradeAgreement: number | null;
    sharedTopics: { id: string }[];
    sharedThemes: { id: string }[];
  }[];
}

interface GradeComparison {
  gradeComparison: {
    grade: string;
    force: { id: string };
    nationalDistribution: { grade: string; forces: number }[];
  }[];
}

interface Timeline {
  force: {
    timeline: {
      stated: string;
      year: number;
      grade: string;
      theme: { id: string };
      report: { id: string };
      evidence: { lines: { start: number } };
    }[];
  };
}

interface Step {
  type: string;
  from: string;
  to: string;
  evidence: Evidence | null;
}

interface Paths {
  paths: { length: number; nodes: { id: string; __typename: string }[]; relationships: Step[] }[];
}

interface Neighbourhood {
  neighbourhood: {
    centre: { id: string };
    nodes: { id: string }[];
    relationships: Step[];
    truncated: boolean;
  };
}

/** Every force graded rank 3 or worse on a theme, by theme, from the fixtures. */
function listWeakGradesByTheme(): Map<string, Set<string>> {
  const weak = new Map<string, Set<string>>();
  for (const report of seedReports)
    for (const judgement of report.judgements.filter((j) => j.rank >= 3))
      weak.set(
        judgement.themeId,
        (weak.get(judgement.themeId) ?? new Set()).add(report.metadata.forceId),
      );
  return weak;
}

export const questionOperations: readonly ConformanceOperation[] = [
  checkOperation<SharedWeaknesses>({
    name: 'sharedWeaknesses: training is a weakness of all three 2007 forces; themes graded Fair or worse by two or more',
    query: `{
      sharedWeaknesses(minForces: 3) {
        topic { id } forces { id }
        findings(first: 60) { totalCount nodes { kind force { id } evidence { report { id } lines { start } } } }
      }
      sharedWeakThemes { theme { id } forces { id } judgements { grade rank } }
    }`,
    check: ({ sharedWeaknesses, sharedWeakThemes }) => {
      const training = sharedWeaknesses.find((w) => w.topic.id === 'topic/training');
      assert.ok(training);
      assert.deepEqual(
        training.forces.map((f) => f.id),
        [met, tvp, wmp],
      );
      // Untrained SN teams (Met l.413), missing-persons training (TV l.1226), DARIM (WM l.534).
      assert.equal(training.findings.totalCount, training.findings.nodes.length, 'one page');
      const lines = training.findings.nodes.map(
        (f) => `${f.evidence.report.id}:${f.evidence.lines.start}`,
      );
      for (const line of [
        '2007-10-metropolitan-police-inspection:413',
        '2007-10-thames-valley-police-inspection:1226',
        '2007-10-west-midlands-police-inspection:534',
      ])
        assert.ok(lines.includes(line), line);
      for (const weakness of sharedWeaknesses)
        for (const finding of weakness.findings.nodes)
          assert.ok(isWeaknessKind(finding.kind), finding.kind);
      const expected = [...listWeakGradesByTheme()]
        .filter(([, forces]) => forces.size >= 2)
        .map(([themeId, forces]) => `${themeId}=${[...forces].sort(compareCodeUnits).join(',')}`);
      assert.deepEqual(
        sharedWeakThemes
          .map((w) => `${w.theme.id}=${w.forces.map((f) => f.id).join(',')}`)
          .sort(compareCodeUnits),
        expected.sort(compareCodeUnits),
      );
    },
  }),
  checkOperation<ArrangementPartners>({
    name: 'arrangementPartners: the MASH partners of the 2016 PEEL report (l.740; l.712 only shares with schools)',
    query: `{
      arrangementPartners(arrangement: "mash") {
        arrangement { id } partner { id } force { id } scope roles evidence { reportId lineStart }
      }
    }`,
    check: ({ arrangementPartners }) => {
      // "a co-located process for the police to make referrals into children services, and,
      // in some boroughs, adults' services" (l.740).
      assert.deepEqual(
        arrangementPartners.map((p) => [
          p.arrangement.id,
          p.partner.id,
          p.force?.id,
          p.scope,
          p.roles,
          p.evidence.map((e) => `${e.reportId}:${e.lineStart}`),
        ]),
        [
          [
            mash,
            'partner/adult-social-services',
            met,
            'FORCE',
            ['RECEIVES_REFERRALS'],
            [`${peel2016}:740`],
          ],
          [
            mash,
            'partner/childrens-services',
            met,
            'FORCE',
            ['RECEIVES_REFERRALS'],
            [`${peel2016}:740`],
          ],
        ],
      );
    },
  }),
  {
    name: 'arrangementPartners: a name that matches no arrangement is NOT_FOUND',
    query: '{ arrangementPartners(arrangement: "MASHH") { partner { id } } }',
    errorCodes: ['NOT_FOUND'],
  },
  checkOperation<SimilarForces>({
    name: 'similarForces: Thames Valley is most like the Met, then West Midlands, by the printed 2007 grades',
    query: `{
      similarForces(forceId: "thames-valley-police") {
        force { id } score gradeAgreement sharedTopics { id } sharedThemes { id }
      }
    }`,
    check: ({ similarForces }) => {
      assert.deepEqual(
        similarForces.map((s) => s.force.id),
        [met, wmp],
      );
      // One grade apart on a four-grade scale agrees 2/3, two apart 1/3 (docs/api.md).
      assert.ok(Math.abs(similarForces[0]!.gradeAgreement! - 5 / 6) < 1e-9);
      assert.ok(Math.abs(similarForces[1]!.gradeAgreement! - 7 / 9) < 1e-9);
      assert.equal(similarForces[0]!.sharedThemes.length, 6);
      assert.ok(similarForces[0]!.sharedTopics.some((t) => t.id === 'topic/training'));
    },
  }),
  checkOperation<GradeComparison>({
    name: 'gradeComparison: the three 2007 forces Fair on domestic violence, national 1/13/27/2',
    query: `{
      gradeComparison(themeId: "${dv}") { grade force { id } nationalDistribution { grade forces } }
    }`,
    check: ({ gradeComparison }) => {
      assert.deepEqual(
        gradeComparison.map((j) => `${j.force.id}=${j.grade}`),
        [`${met}=FAIR`, `${tvp}=FAIR`, `${wmp}=FAIR`],
      );
      for (const judgement of gradeComparison)
        assert.deepEqual(
          judgement.nationalDistribution.map((d) => d.forces),
          [1, 13, 27, 2],
        );
    },
  }),
  checkOperation<Timeline>({
    name: "Force.timeline: the Met's grades oldest report first, each report in printed order, with the 2015 grades the 2016 report states",
    query: `{ force(id: "${met}") { timeline { stated year grade theme { id } report { id } evidence { lines { start } } } } }`,
    check: ({ force }) => {
      const expected = seedReports
        .filter((report) => report.metadata.forceId === met)
        .sort((a, b) => compareCodeUnits(a.metadata.publishedOn, b.metadata.publishedOn))
        .flatMap((report) =>
          [...report.judgements]
            .sort((a, b) => a.lineStart - b.lineStart)
            .map((j) => `${report.id} ${j.themeId} ${toGradeCode(j.grade)}`),
        );
      const own = force.timeline.filter((j) => j.stated === 'THIS_REPORT');
      assert.deepEqual(
        own.map((j) => `${j.report.id} ${j.theme.id} ${j.grade}`),
        expected,
      );
      // PEEL 2016 states four 2015 grades (l.168 'the same as last year', l.568, l.586, l.813),
      // placed by their year: after the 2008 report's grades, before the 2016 report's.
      const peel = '2017-03-metropolitan-police-peel-effectiveness-2016';
      assert.deepEqual(
        force.timeline
          .filter((j) => j.stated === 'EARLIER')
          .map(
            (j) => `${j.year} ${j.theme.id} ${j.grade} ${j.report.id}:${j.evidence.lines.start}`,
          ),
        [
          `2015 peel-effectiveness REQUIRES_IMPROVEMENT ${peel}:168`,
          `2015 peel-effectiveness/investigating-crime-and-reducing-re-offending REQUIRES_IMPROVEMENT ${peel}:568`,
          `2015 peel-effectiveness/protecting-vulnerable-people-and-supporting-victims REQUIRES_IMPROVEMENT ${peel}:586`,
          `2015 peel-effectiveness/tackling-serious-and-organised-crime GOOD ${peel}:813`,
        ],
      );
      const years = force.timeline.map((j) => j.year);
      assert.deepEqual(
        years,
        [...years].sort((a, b) => a - b),
      );
    },
  }),
  checkOperation<Paths>({
    name: 'paths: adult social services reach the Met in three hops through the MASH (PEEL l.740, l.807)',
    query: `{
      paths(fromId: "partner/adult-social-services", toId: "${met}") {
        length nodes { id __typename } relationships { type from to evidence { reportId lineStart } }
      }
    }`,
    check: ({ paths }) => {
      assert.ok(paths.length > 0);
      for (const path of paths) assert.equal(path.length, 3);
      const viaMash = paths.find((p) => p.nodes[1]!.id === mash);
      assert.ok(viaMash);
      assert.deepEqual(
        viaMash.relationships.map((r) => `${r.type}:${r.evidence?.lineStart ?? '-'}`),
        ['PARTICIPATES_IN:740', 'MENTIONS:807', 'TO_FORCE:-'],
      );
    },
  }),
  {
    name: 'paths: maxHops above 6 is BAD_USER_INPUT',
    query: `{ paths(fromId: "partner/schools", toId: "${met}", maxHops: 7) { length } }`,
    errorCodes: ['BAD_USER_INPUT'],
  },
  checkOperation<Neighbourhood>({
    name: 'neighbourhood: the MASH with its two partners',
    query: `{
      neighbourhood(id: "${mash}") {
        centre { id } nodes { id } relationships { type from to evidence { reportId lineStart } } truncated
      }
    }`,
    check: ({ neighbourhood }) => {
      assert.equal(neighbourhood.centre.id, mash);
      assert.equal(neighbourhood.truncated, false);
      const partners = neighbourhood.relationships
        .filter((r) => r.type === 'PARTICIPATES_IN' && r.to === mash)
        .map((r) => r.from)
        .sort(compareCodeUnits);
      assert.deepEqual(partners, ['partner/adult-social-services', 'partner/childrens-services']);
    },
  }),
];
