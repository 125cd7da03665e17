import assert from 'node:assert/strict';
import { toGradeCode, weakGradeRank } from '../../../src/domain/grade-scales.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import { compareCodeUnits, seedReports } from './seed-graph.js';

/**
 * The root `judgements` connection and the nested `Force.judgements` / `Theme.judgements`
 * that take the same arguments: expected answers from the grades the report fixtures record.
 */

/** Every grade of the seed reports, with the report it is printed in. */
const seedJudgements = seedReports.flatMap((report) =>
  report.judgements.map((j) => ({
    ...j,
    grade: toGradeCode(j.grade),
    reportId: report.id,
    forceId: report.metadata.forceId,
    publishedOn: report.metadata.publishedOn,
  })),
);

const met = 'metropolitan-police';
const peel = '2017-03-metropolitan-police-peel-effectiveness-2016';
const organisedCrime = 'peel-effectiveness/tackling-serious-and-organised-crime';
const dv = 'protecting-vulnerable-people/domestic-violence';
const pvp = 'protecting-vulnerable-people';
const thamesValley = 'thames-valley-police';

interface JudgementPage<Extra = object> {
  totalCount: number;
  nodes: ({ grade: string; rank: number; report: { id: string; publishedOn: string } } & Extra)[];
}

interface RootJudgements {
  all: JudgementPage;
  oldest: JudgementPage;
  weak2007: JudgementPage<{ level: { weak: boolean } }>;
  good: JudgementPage;
  bestOnDv: JudgementPage<{ force: { id: string } }>;
  pvpWithSubThemes: { totalCount: number };
  pvpExact: { totalCount: number };
  unknownForce: JudgementPage;
  noGrades: { totalCount: number };
  page: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const page = 'totalCount nodes { grade rank report { id publishedOn } }';

/** Months of a page, in the order served. */
function monthsOf(judgements: JudgementPage): string[] {
  return judgements.nodes.map((j) => j.report.publishedOn);
}

export const judgementOperations: readonly ConformanceOperation[] = [
  checkOperation<RootJudgements>({
    name: 'judgements: every grade filtered by year, weakness, grade and theme (sub-themes included unless exactTheme), ordered by date or grade',
    query: `{
      all: judgements(first: 100) { ${page} }
      oldest: judgements(first: 3, orderBy: { field: PUBLISHED_ON, direction: ASC }) { ${page} }
      weak2007: judgements(filter: { years: [2007], weak: true }, first: 100) { ${page} nodes { level { weak } } }
      good: judgements(filter: { grades: [GOOD] }, first: 100) { ${page} }
      bestOnDv: judgements(filter: { themeIds: ["${dv}"], exactTheme: true }, orderBy: { field: GRADE, direction: ASC }) {
        ${page} nodes { force { id } }
      }
      pvpWithSubThemes: judgements(filter: { themeIds: ["${pvp}"] }) { totalCount }
      pvpExact: judgements(filter: { themeIds: ["${pvp}"], exactTheme: true }) { totalCount }
      unknownForce: judgements(filter: { forceIds: ["atlantis-police"] }) { ${page} }
      noGrades: judgements(filter: { grades: [] }) { totalCount }
      page: judgements(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    }`,
    check: (data) => {
      assert.equal(data.all.totalCount, seedJudgements.length);
      assert.equal(data.all.nodes.length, seedJudgements.length);
      const months = monthsOf(data.all);
      assert.deepEqual(months, [...months].sort(compareCodeUnits).reverse(), 'newest first');
      assert.equal(
        monthsOf(data.oldest)[0],
        seedJudgements.map((j) => j.publishedOn).sort(compareCodeUnits)[0],
      );

      const weak2007 = seedJudgements.filter(
        (j) => j.publishedOn.startsWith('2007') && j.rank >= weakGradeRank,
      );
      assert.equal(data.weak2007.totalCount, weak2007.length);
      assert.ok(data.weak2007.nodes.every((j) => j.level.weak && j.rank >= weakGradeRank));

      const good = seedJudgements.filter((j) => j.grade === 'GOOD');
      assert.equal(data.good.totalCount, good.length);
      assert.ok(data.good.nodes.every((j) => j.grade === 'GOOD'));

      const onDv = seedJudgements.filter((j) => j.themeId === dv);
      assert.equal(data.bestOnDv.totalCount, onDv.length);
      const ranks = data.bestOnDv.nodes.map((j) => j.rank);
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => a - b),
        'best grade first',
      );

      const underPvp = seedJudgements.filter(
        (j) => j.themeId === pvp || j.themeId.startsWith(`${pvp}/`),
      );
      assert.equal(data.pvpWithSubThemes.totalCount, underPvp.length);
      assert.ok(underPvp.length > 0);
      assert.equal(
        data.pvpExact.totalCount,
        seedJudgements.filter((j) => j.themeId === pvp).length,
      );

      assert.deepEqual(data.unknownForce, { totalCount: 0, nodes: [] });
      assert.equal(data.noGrades.totalCount, 0);
      assert.equal(data.page.edges.length, 5);
      assert.equal(data.page.pageInfo.hasNextPage, true);
      assert.equal(data.page.pageInfo.endCursor, data.page.edges[4]!.cursor);
    },
  }),
  checkOperation<{ force: { judgements: JudgementPage }; theme: { judgements: JudgementPage } }>({
    name: "Force.judgements and Theme.judgements: the root list's filter and order on one force or theme",
    query: `{
      force(id: "${met}") {
        judgements(filter: { years: [2007] }, orderBy: { field: GRADE, direction: DESC }) { ${page} }
      }
      theme(id: "${pvp}") {
        judgements(filter: { forceIds: ["${met}"] }, orderBy: { field: PUBLISHED_ON, direction: ASC }, first: 100) { ${page} }
      }
    }`,
    check: ({ force, theme }) => {
      const met2007 = seedJudgements.filter(
        (j) => j.forceId === met && j.publishedOn.startsWith('2007'),
      );
      assert.equal(force.judgements.totalCount, met2007.length);
      const ranks = force.judgements.nodes.map((j) => j.rank);
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => b - a),
        'worst grade first',
      );
      assert.ok(force.judgements.nodes.every((j) => j.report.publishedOn.startsWith('2007')));

      const metUnderPvp = seedJudgements.filter(
        (j) => j.forceId === met && (j.themeId === pvp || j.themeId.startsWith(`${pvp}/`)),
      );
      assert.equal(theme.judgements.totalCount, metUnderPvp.length);
      const months = monthsOf(theme.judgements);
      assert.deepEqual(months, [...months].sort(compareCodeUnits), 'oldest first');
    },
  }),
  checkOperation<StatedAndPrevious>({
    name: "judgements(filter: { stated }) lists the earlier grades the reports state (the reports' own by default), on the root, a force and a theme; Judgement.previous is the grade of the latest earlier inspection year on the same force and theme, or on the parent theme where the theme has none, or on a theme it continues where neither has one",
    query: `{
      forces { id timeline { id stated } }
      earlier: judgements(filter: { stated: [EARLIER] }, first: 100) {
        totalCount nodes { id stated year report { id } force { id } }
      }
      both: judgements(filter: { stated: [THIS_REPORT, EARLIER] }) { totalCount }
      unfiltered: judgements(filter: { stated: null }) { totalCount }
      own: judgements(filter: { stated: [THIS_REPORT] }) { totalCount }
      byDefault: judgements { totalCount }
      force(id: "${met}") { judgements(filter: { stated: [EARLIER] }, first: 100) { nodes { id } } }
      theme(id: "${organisedCrime}") { judgements(filter: { stated: [EARLIER] }) { nodes { id year grade } } }
      organisedCrime: judgements(filter: { reportIds: ["${peel}"], themeIds: ["${organisedCrime}"], exactTheme: true }) {
        nodes { grade year previous { stated year grade assessment evidence { lines { start } } previous { id } } }
      }
      withPrevious: judgements(filter: { stated: null }, first: 100) {
        nodes { id year force { id } theme { id parent { id } continues { theme { id } } } previous { id year stated force { id } theme { id } } }
      }
    }`,
    check: (data) => {
      const timelineEarlier = data.forces.flatMap((f) =>
        f.timeline.filter((j) => j.stated === 'EARLIER').map((j) => j.id),
      );
      assert.ok(timelineEarlier.length >= 4, 'the PEEL 2016 report states four 2015 grades');
      assert.deepEqual(
        data.earlier.nodes.map((j) => j.id).sort(compareCodeUnits),
        [...timelineEarlier].sort(compareCodeUnits),
      );
      assert.equal(data.earlier.totalCount, timelineEarlier.length);
      assert.ok(data.earlier.nodes.every((j) => j.stated === 'EARLIER'));
      assert.equal(data.own.totalCount, seedJudgements.length);
      assert.equal(data.byDefault.totalCount, seedJudgements.length, 'THIS_REPORT by default');
      assert.equal(data.both.totalCount, seedJudgements.length + timelineEarlier.length);
      assert.equal(data.unfiltered.totalCount, data.both.totalCount, 'null does not filter');

      const metEarlier = data.earlier.nodes.filter((j) => j.force.id === met).map((j) => j.id);
      assert.deepEqual(data.force.judgements.nodes.map((j) => j.id).sort(), metEarlier.sort());
      assert.deepEqual(data.theme.judgements.nodes, [
        {
          id: `${peel}/earlier-judgement/2015/${organisedCrime.replace('/', '-')}`,
          year: 2015,
          grade: 'GOOD',
        },
      ]);

      // PEEL 2016 l.813: "HMIC judged the Metropolitan Police Service to be good at tackling
      // serious and organised crime in its 2015 effectiveness report".
      assert.deepEqual(data.organisedCrime.nodes, [
        {
          grade: 'REQUIRES_IMPROVEMENT',
          year: 2016,
          previous: {
            stated: 'EARLIER',
            year: 2015,
            grade: 'GOOD',
            assessment: '2015 effectiveness report',
            evidence: { lines: { start: 813 } },
            previous: null,
          },
        },
      ]);

      // Every previous grade is the same force's, from an earlier year, on the same theme or,
      // only where the theme has no earlier grade, on its parent, or else on a theme it continues.
      const all = data.withPrevious.nodes;
      const hasEarlierOn = (j: (typeof all)[number], themeId: string | undefined) =>
        all.some((e) => e.force.id === j.force.id && e.theme.id === themeId && e.year < j.year);
      const hasEarlierOnOwnTheme = (j: (typeof all)[number]) => hasEarlierOn(j, j.theme.id);
      let linked = 0;
      for (const j of all) {
        if (!j.previous) {
          assert.ok(!hasEarlierOnOwnTheme(j), `${j.id} has an earlier grade on its theme`);
          continue;
        }
        linked += 1;
        assert.equal(j.previous.force.id, j.force.id, j.id);
        assert.ok(j.previous.year < j.year, j.id);
        if (j.previous.theme.id !== j.theme.id) {
          assert.ok(!hasEarlierOnOwnTheme(j), `${j.id} skipped a grade on its own theme`);
          if (j.previous.theme.id !== j.theme.parent?.id) {
            const continued = j.theme.continues.map((c) => c.theme.id);
            assert.ok(continued.includes(j.previous.theme.id), j.id);
            assert.ok(!hasEarlierOn(j, j.theme.parent?.id), `${j.id} skipped its parent's grade`);
          }
        }
      }
      // Thames Valley 2007: "child abuse" is graded on its own; the 2006 baseline graded
      // "protecting vulnerable people" as a whole, Fair, which the 2007 report states.
      const childAbuse = all.find(
        (j) => j.force.id === thamesValley && j.theme.id === `${pvp}/child-abuse`,
      );
      const { year, stated, theme } = childAbuse?.previous ?? {};
      assert.deepEqual(
        { year, stated, theme },
        { year: 2006, stated: 'EARLIER', theme: { id: pvp } },
      );
      assert.ok(linked >= 4, `${linked} judgements with a previous grade`);
    },
  }),
];

interface StatedAndPrevious {
  forces: { id: string; timeline: { id: string; stated: string }[] }[];
  earlier: {
    totalCount: number;
    nodes: {
      id: string;
      stated: string;
      year: number;
      report: { id: string };
      force: { id: string };
    }[];
  };
  both: { totalCount: number };
  unfiltered: { totalCount: number };
  own: { totalCount: number };
  byDefault: { totalCount: number };
  force: { judgements: { nodes: { id: string }[] } };
  theme: { judgements: { nodes: { id: string; year: number; grade: string }[] } };
  organisedCrime: { nodes: unknown[] };
  withPrevious: {
    nodes: {
      id: string;
      year: number;
      force: { id: string };
      theme: {
        id: string;
        parent: { id: string } | null;
        continues: { theme: { id: string } }[];
      };
      previous: {
        id: string;
        year: number;
        stated: string;
        force: { id: string };
        theme: { id: string };
      } | null;
    }[];
  };
}
