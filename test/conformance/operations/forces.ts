import { toGradeCode } from '../../../src/domain/grade-scales.js';
import assert from 'node:assert/strict';
import { expectedEntities } from '../../fixtures/entities.expected.js';
import { expectedForceFacts } from '../../fixtures/force-facts.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import {
  assertIncludesAll,
  assertOrderedBy,
  compareCodeUnits,
  compareNewestFirst,
  reportOfFile,
  seedReports,
} from './seed-graph.js';

const met = 'metropolitan-police';

/**
 * Every force the seed graph holds, by name: the three forces inspected, the Metropolitan
 * Police's most-similar group (2008 report, l.223), and the forces the text names in full:
 * City of London Police (2008, l.323), Sussex Police (Met 2007, l.1206), Hampshire
 * Constabulary (Thames Valley 2007, l.561), and in the PEEL report's passages Essex Police
 * (l.971, a joint exercise) and the forces its annex says sent incomplete or no data (l.1069
 * to l.1211: Derbyshire, Suffolk, Warwickshire, South Yorkshire, Bedfordshire, West Mercia,
 * Cambridgeshire, Lancashire, Dorset, Nottinghamshire, Humberside), and the forces its
 * footnotes and annex name by place before "forces": Devon and Cornwall and Gloucestershire
 * (l.633), Durham (l.678), Leicestershire and Staffordshire (l.1070), and Kent Police, the pilot
 * force of footnote 1 (l.75). Names and short names are the curated vocabulary's
 * (seed/vocabulary/forces.json).
 */
const allForces = [
  { id: 'bedfordshire-police', name: 'Bedfordshire Police', shortName: 'Bedfordshire' },
  {
    id: 'cambridgeshire-constabulary',
    name: 'Cambridgeshire Constabulary',
    shortName: 'Cambridgeshire',
  },
  { id: 'city-of-london-police', name: 'City of London Police', shortName: 'City of London' },
  { id: 'derbyshire-constabulary', name: 'Derbyshire Constabulary', shortName: 'Derbyshire' },
  {
    id: 'devon-and-cornwall-police',
    name: 'Devon and Cornwall Police',
    shortName: 'Devon and Cornwall',
  },
  { id: 'dorset-police', name: 'Dorset Police', shortName: 'Dorset' },
  { id: 'durham-constabulary', name: 'Durham Constabulary', shortName: 'Durham' },
  { id: 'essex-police', name: 'Essex Police', shortName: 'Essex' },
  {
    id: 'gloucestershire-constabulary',
    name: 'Gloucestershire Constabulary',
    shortName: 'Gloucestershire',
  },
  {
    id: 'greater-manchester-police',
    name: 'Greater Manchester Police',
    shortName: 'Greater Manchester',
  },
  { id: 'hampshire-constabulary', name: 'Hampshire Constabulary', shortName: 'Hampshire' },
  { id: 'humberside-police', name: 'Humberside Police', shortName: 'Humberside' },
  { id: 'kent-police', name: 'Kent Police', shortName: 'Kent' },
  { id: 'lancashire-constabulary', name: 'Lancashire Constabulary', shortName: 'Lancashire' },
  { id: 'leicestershire-police', name: 'Leicestershire Police', shortName: 'Leicestershire' },
  { id: 'merseyside-police', name: 'Merseyside Police', shortName: 'Merseyside' },
  { id: met, name: 'Metropolitan Police Service', shortName: 'Metropolitan Police' },
  { id: 'nottinghamshire-police', name: 'Nottinghamshire Police', shortName: 'Nottinghamshire' },
  { id: 'south-yorkshire-police', name: 'South Yorkshire Police', shortName: 'South Yorkshire' },
  { id: 'staffordshire-police', name: 'Staffordshire Police', shortName: 'Staffordshire' },
  { id: 'suffolk-constabulary', name: 'Suffolk Constabulary', shortName: 'Suffolk' },
  { id: 'sussex-police', name: 'Sussex Police', shortName: 'Sussex' },
  { id: 'thames-valley-police', name: 'Thames Valley Police', shortName: 'Thames Valley' },
  { id: 'warwickshire-police', name: 'Warwickshire Police', shortName: 'Warwickshire' },
  { id: 'west-mercia-police', name: 'West Mercia Police', shortName: 'West Mercia' },
  { id: 'west-midlands-police', name: 'West Midlands Police', shortName: 'West Midlands' },
  { id: 'west-yorkshire-police', name: 'West Yorkshire Police', shortName: 'West Yorkshire' },
];

const metReports = seedReports.filter((report) => report.metadata.forceId === met);
const metMostSimilar = expectedForceFacts.find((facts) => facts.mostSimilar.length > 0)!;

interface MetForce {
  force: {
    id: string;
    name: string;
    aliases: string[];
    reports: { id: string; publishedOn: string }[];
    judgements: {
      totalCount: number;
      nodes: {
        grade: string;
        rank: number;
        report: { id: string; publishedOn: string };
        theme: { id: string };
        force: { id: string };
      }[];
    };
    mostSimilarForces: {
      force: { id: string; name: string };
      evidence: { reportId: string; lineStart: number };
    }[];
    units: { id: string; name: string; force: { id: string } }[];
    facts: {
      name: string;
      category: string;
      value: number | null;
      valueText: string | null;
      unit: string | null;
      period: string | null;
      evidence: { reportId: string; lineStart: number };
    }[];
  };
}

/** Units the fixtures place in the Metropolitan Police: PART_OF links and discovered BCUs. */
const metUnitIds = expectedEntities.flatMap((entities) => [
  ...entities.units.filter((link) => link.force === met).map((link) => link.unit),
  ...entities.discovered.filter((item) => item.id.startsWith(`unit/${met}/`)).map((u) => u.id),
]);

export const forceOperations: readonly ConformanceOperation[] = [
  {
    name: 'forces: lists every force the reports inspect, compare with or name, by name',
    query: '{ forces { id name shortName } }',
    data: { forces: allForces },
  },
  {
    name: 'forces(inspected:): the three forces the seed reports inspect, with their report counts, and the others',
    query: `{
      inspected: forces(inspected: true) { id inspected reportCount }
      named: forces(inspected: false) { id inspected reportCount }
    }`,
    // Seed reports: three on the Metropolitan Police (2007, 2008 major crime, 2017 PEEL), one
    // each on Thames Valley and West Midlands (2007).
    data: {
      inspected: [
        { id: met, inspected: true, reportCount: 3 },
        { id: 'thames-valley-police', inspected: true, reportCount: 1 },
        { id: 'west-midlands-police', inspected: true, reportCount: 1 },
      ],
      named: allForces
        .filter((f) => ![met, 'thames-valley-police', 'west-midlands-police'].includes(f.id))
        .map((f) => ({ id: f.id, inspected: false, reportCount: 0 })),
    },
  },
  checkOperation<MetForce>({
    name: 'force: the Metropolitan Police with its reports newest first, every grade, its most similar forces, units and facts',
    query: `query ($id: ID!) {
      force(id: $id) {
        id name aliases
        reports { id publishedOn }
        judgements(first: 100) { totalCount nodes { grade rank report { id publishedOn } theme { id } force { id } } }
        mostSimilarForces { force { id name } evidence { reportId lineStart } }
        units { id name force { id } }
        facts { name category value valueText unit period evidence { reportId lineStart } }
      }
    }`,
    variables: { id: met },
    check: ({ force }) => {
      assert.equal(force.name, 'Metropolitan Police Service');
      assertIncludesAll(force.aliases, ['MPS', 'Metropolitan Police'], 'aliases');
      assert.deepEqual(
        force.reports,
        [...metReports]
          .sort(compareNewestFirst)
          .map((r) => ({ id: r.id, publishedOn: r.metadata.publishedOn })),
      );

      const grades = force.judgements.nodes.map(
        (j) => `${j.report.id} ${j.theme.id} ${j.grade} ${j.rank}`,
      );
      const expectedGrades = metReports.flatMap((r) =>
        r.judgements.map((j) => `${r.id} ${j.themeId} ${toGradeCode(j.grade)} ${j.rank}`),
      );
      assert.deepEqual([...grades].sort(), [...expectedGrades].sort());
      assert.equal(force.judgements.totalCount, expectedGrades.length);
      assert.ok(force.judgements.nodes.every((j) => j.force.id === met));
      const dates = force.judgements.nodes.map((j) => j.report.publishedOn);
      assert.deepEqual(dates, [...dates].sort(compareCodeUnits).reverse(), 'newest report first');

      const group = reportOfFile(metMostSimilar.sourceFile);
      assert.deepEqual(
        force.mostSimilarForces.map((similar) => similar.force.id),
        [...metMostSimilar.mostSimilar].sort((a, b) =>
          compareCodeUnits(
            allForces.find((f) => f.id === a)!.name,
            allForces.find((f) => f.id === b)!.name,
          ),
        ),
      );
      for (const similar of force.mostSimilarForces) {
        assert.deepEqual(similar.evidence, {
          reportId: group.id,
          lineStart: metMostSimilar.mostSimilarLine,
        });
      }

      assertIncludesAll(
        force.units.map((unit) => unit.id),
        metUnitIds,
        'units of the Metropolitan Police',
      );
      assert.ok(force.units.every((unit) => unit.force.id === met));
      assertOrderedBy(force.units, (unit) => unit.name, 'units by name');

      for (const facts of expectedForceFacts) {
        const report = reportOfFile(facts.sourceFile);
        if (report.metadata.forceId !== met) continue;
        const stated = force.facts.filter((fact) => fact.evidence.reportId === report.id);
        for (const expected of facts.overview) {
          const fact = stated.find((f) => f.category === 'OVERVIEW' && f.name === expected.name);
          assert.ok(fact, `${report.id} states ${expected.name}`);
          assert.deepEqual(
            [fact.value, fact.valueText, fact.unit, fact.period, fact.evidence.lineStart],
            [
              expected.value,
              expected.valueText,
              expected.unit,
              expected.period,
              expected.lineStart,
            ],
            `${report.id} ${expected.name}`,
          );
        }
        assert.equal(
          stated.filter((f) => f.category === 'INDICATOR').length,
          facts.indicatorCount,
          `indicator rows of ${report.id}`,
        );
      }
    },
  }),
  {
    name: 'force: answers null for an id no force has',
    query: '{ force(id: "atlantis-police") { id name } }',
    data: { force: null },
  },
];
