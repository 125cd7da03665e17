import type { BenchOperation } from './api-operations.js';

/**
 * The fixed mix `npm run bench:scale` measures on the seed graph and on the large one: every
 * operation's answer is bounded (a page, a fixed list, a capped walk), so its cost should follow
 * the answer, not the size of the graph. Every id named here exists in the seed graph, and the
 * large graph holds the seed reports too. Entries the served schema does not validate are
 * reported and skipped.
 */
export const scaleOperations: readonly BenchOperation[] = [
  {
    name: 'shared-weaknesses',
    query: '{ sharedWeaknesses(minForces: 3) { topic { name } forces { name } } }',
  },
  {
    name: 'shared-weak-themes',
    query: '{ sharedWeakThemes(minForces: 2) { theme { name } forces { name } } }',
  },
  {
    name: 'arrangement-partners',
    query:
      '{ arrangementPartners(arrangement: "MASH") { partner { name } force { name } evidence { quote } } }',
  },
  {
    name: 'similar-forces',
    query:
      '{ similarForces(forceId: "thames-valley-police", first: 5) { force { name } score sharedTopics { name } } }',
  },
  {
    name: 'grade-comparison',
    query:
      '{ gradeComparison(themeId: "protecting-vulnerable-people/domestic-violence") { grade force { name } nationalDistribution { grade forces } } }',
  },
  {
    name: 'findings-filtered',
    query:
      '{ findings(first: 20, filter: { forceIds: ["thames-valley-police"], kinds: [AREA_FOR_IMPROVEMENT] }) { totalCount edges { node { text theme { name } } } } }',
  },
  {
    name: 'force-page',
    query:
      '{ force(id: "metropolitan-police") { name shortName units { name } findings(first: 20) { totalCount edges { node { kind text } } } } }',
  },
  {
    name: 'report-findings',
    query:
      '{ report(id: "2007-10-metropolitan-police-inspection") { title findings(first: 50, filter: { kinds: [AREA_FOR_IMPROVEMENT] }) { totalCount nodes { text theme { name } } } } }',
  },
  {
    name: 'theme-judgements',
    query:
      '{ theme(id: "protecting-vulnerable-people/domestic-violence") { name judgements(first: 50) { nodes { grade force { name } report { publishedOn } } } } }',
  },
  {
    name: 'search',
    query:
      '{ search(query: "domestic abuse", first: 20) { nodes { score snippet item { ... on Node { id } } } } }',
  },
  {
    name: 'partner-arrangements',
    query:
      '{ partnerAgency(id: "partner/schools") { name participation { initiative { name kind } evidence { quote } } } }',
  },
  {
    name: 'paths',
    query:
      '{ paths(fromId: "partner/crown-prosecution-service", toId: "west-midlands-police", maxHops: 3) { length nodes { id } relationships { type from to } } }',
  },
  {
    name: 'neighbourhood',
    query:
      '{ neighbourhood(id: "thames-valley-police", depth: 1, maxNodes: 50) { nodes { id } relationships { type from to } } }',
  },
  {
    name: 'force-deep-paged',
    query:
      '{ force(id: "metropolitan-police") { findings(first: 20, filter: { kinds: [AREA_FOR_IMPROVEMENT] }) { edges { node { kind text topics { name } mentions { entity { id __typename } evidence { quote } } } } } } }',
  },
];
