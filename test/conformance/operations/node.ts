import { toGradeCode } from '../../../src/domain/grade-scales.js';
import { expectedForceFacts } from '../../fixtures/force-facts.expected.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';
import { sharedTermId } from '../../fixtures/glossary.expected.js';
import { majorCrime2008Reports } from '../../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../../fixtures/peel-2016.expected.js';
import { hmic2007Recommendations } from '../../fixtures/recommendations-hmic-2007.expected.js';
import type { ConformanceOperation } from '../operation.js';
import { reportOfFile } from './seed-graph.js';

/**
 * One node of every type, found by the ids docs/ingestion.md documents, with values from the
 * fixtures: `node(id:)` must resolve each type on every engine.
 */
const majorCrime = majorCrime2008Reports[0]!;
const peel = peel2016Reports[0]!;
const concern = peel2016Findings[0]!.samples.find((s) => s.kind === 'CAUSE_OF_CONCERN')!;
const metRecommendations = hmic2007Recommendations[0]!;
const met2007 = reportOfFile(metRecommendations.sourceFile);
const thirteenth = metRecommendations.recommendations.find((r) => r.number === 13)!;
const thamesValleyFacts = expectedForceFacts.find((f) => f.sourceFile.includes('thames-valley'))!;
const thamesValleyArea = thamesValleyFacts.overview.find((f) => f.name === 'area')!;

const findingId = `${peel.id}/finding/peel-effectiveness-protecting-vulnerable-people-and-supporting-victims/cause-of-concern/1`;
const recommendationId = `${met2007.id}/recommendation/13`;
const judgementId = `${majorCrime.id}/judgement/major-crime`;
const unitId = 'unit/thames-valley-police/buckinghamshire-bcu';
const factId = `${reportOfFile(thamesValleyFacts.sourceFile).id}/fact/area`;

export const nodeOperations: readonly ConformanceOperation[] = [
  {
    name: 'nodes: entities by id in the order asked, null for an unknown id, repeats kept',
    query: `{ nodes(ids: ["${unitId}", "no/such/node", "west-midlands-police", "${unitId}"]) {
      __typename id ... on Unit { force { id } } ... on Force { name }
    } }`,
    data: {
      nodes: [
        { __typename: 'Unit', id: unitId, force: { id: 'thames-valley-police' } },
        null,
        { __typename: 'Force', id: 'west-midlands-police', name: 'West Midlands Police' },
        { __typename: 'Unit', id: unitId, force: { id: 'thames-valley-police' } },
      ],
    },
  },
  {
    name: 'nodes: more than 100 ids is BAD_USER_INPUT',
    query: `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"id-${i}"`).join(', ')}]) { id } }`,
    errorCodes: ['BAD_USER_INPUT'],
  },
  {
    name: 'finding, recommendation, judgement, unit, term, forceFact: direct lookups; null for an unknown id or an id of another type',
    query: `{
      finding(id: "${findingId}") { id kind ordinal }
      recommendation(id: "${recommendationId}") { id number }
      judgement(id: "${judgementId}") { id rank }
      unit(id: "${unitId}") { id force { id } }
      term(id: "${sharedTermId}") { acronym }
      forceFact(id: "${factId}") { valueText }
      unknownFinding: finding(id: "no/such/finding") { id }
      unitAsFinding: finding(id: "${unitId}") { id }
      forceAsUnit: unit(id: "west-midlands-police") { id }
      findingAsRecommendation: recommendation(id: "${findingId}") { id }
      unknownJudgement: judgement(id: "${majorCrime.id}/judgement/none") { id }
      unknownTerm: term(id: "term/no-such-term") { id }
      reportAsFact: forceFact(id: "${majorCrime.id}") { id }
    }`,
    data: {
      finding: { id: findingId, kind: concern.kind, ordinal: concern.ordinal },
      recommendation: { id: recommendationId, number: 13 },
      judgement: { id: judgementId, rank: majorCrime.judgements[0]!.rank },
      unit: { id: unitId, force: { id: 'thames-valley-police' } },
      term: { acronym: 'ACPO' },
      forceFact: { valueText: thamesValleyArea.valueText },
      unknownFinding: null,
      unitAsFinding: null,
      forceAsUnit: null,
      findingAsRecommendation: null,
      unknownJudgement: null,
      unknownTerm: null,
      reportAsFact: null,
    },
  },
  {
    name: 'node: resolves an id of every type to that type',
    query: `{
      force: node(id: "west-midlands-police") { __typename id ... on Force { name } }
      report: node(id: "${majorCrime.id}") { __typename id ... on Report { publishedOn year framework frameworkYear } }
      theme: node(id: "protecting-vulnerable-people/missing-persons") { __typename id ... on Theme { name } }
      judgement: node(id: "${majorCrime.id}/judgement/major-crime") {
        __typename id ... on Judgement { grade rank }
      }
      finding: node(id: "${peel.id}/finding/peel-effectiveness-protecting-vulnerable-people-and-supporting-victims/cause-of-concern/1") {
        __typename ... on Finding { kind ordinal evidence { lineStart } }
      }
      recommendation: node(id: "${met2007.id}/recommendation/13") {
        __typename ... on Recommendation { number evidence { lineStart } }
      }
      term: node(id: "${sharedTermId}") { __typename ... on Term { acronym expansion } }
      topic: node(id: "topic/training") { __typename ... on Topic { name } }
      partner: node(id: "partner/crown-prosecution-service") { __typename ... on PartnerAgency { acronym } }
      unit: node(id: "unit/thames-valley-police/buckinghamshire-bcu") {
        __typename ... on Unit { force { id } }
      }
      initiative: node(id: "initiative/multi-agency-public-protection-arrangements") {
        __typename ... on Initiative { acronym kind }
      }
      fact: node(id: "${reportOfFile(thamesValleyFacts.sourceFile).id}/fact/area") {
        __typename ... on ForceFact { value valueText unit evidence { lineStart } }
      }
      missing: node(id: "no/such/node") { id }
    }`,
    data: {
      force: { __typename: 'Force', id: 'west-midlands-police', name: 'West Midlands Police' },
      report: {
        __typename: 'Report',
        id: majorCrime.id,
        publishedOn: majorCrime.metadata.publishedOn,
        year: 2008,
        framework: 'MAJOR_CRIME',
        frameworkYear: 2008,
      },
      theme: {
        __typename: 'Theme',
        id: 'protecting-vulnerable-people/missing-persons',
        name: 'Missing persons',
      },
      judgement: {
        __typename: 'Judgement',
        id: `${majorCrime.id}/judgement/major-crime`,
        grade: toGradeCode(majorCrime.judgements[0]!.grade),
        rank: majorCrime.judgements[0]!.rank,
      },
      finding: {
        __typename: 'Finding',
        kind: concern.kind,
        ordinal: concern.ordinal,
        evidence: { lineStart: concern.lineStart },
      },
      recommendation: {
        __typename: 'Recommendation',
        number: 13,
        evidence: { lineStart: thirteenth.lineStart },
      },
      term: {
        __typename: 'Term',
        acronym: 'ACPO',
        expansion: 'Association of Chief Police Officers',
      },
      topic: { __typename: 'Topic', name: 'Training' },
      partner: { __typename: 'PartnerAgency', acronym: 'CPS' },
      unit: { __typename: 'Unit', force: { id: 'thames-valley-police' } },
      initiative: {
        __typename: 'Initiative',
        acronym: 'MAPPA',
        kind: 'MULTI_AGENCY_ARRANGEMENT',
      },
      fact: {
        __typename: 'ForceFact',
        value: thamesValleyArea.value,
        valueText: thamesValleyArea.valueText,
        unit: thamesValleyArea.unit,
        evidence: { lineStart: thamesValleyArea.lineStart },
      },
      missing: null,
    },
  },
];
