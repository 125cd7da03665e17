import { readCursorAfter } from './cursor-after.js';

/** One GraphQL operation of the `bench:api` mix. */
export interface BenchOperation {
  /** Short kebab-case name printed in the tables and accepted by BENCH_OPS. */
  name: string;
  /** The GraphQL document; literal arguments keep an entry on one line. */
  query: string;
  variables?: Record<string, unknown>;
  /**
   * Variables read from the server before the operation is measured (unmeasured), such as the
   * cursor of a deep page; they are added to `variables`.
   */
  prepareVariables?: (url: string) => Promise<Record<string, unknown>>;
}

/**
 * The fixed mix `npm run bench:api` measures, from a flat root list to a deep traversal.
 * To measure another question, add one entry. Entries the served schema does not validate
 * are reported and skipped, so the table never runs a query the server would refuse.
 */
export const benchOperations: readonly BenchOperation[] = [
  { name: 'forces-list', query: '{ forces { id name } }' },
  {
    name: 'report-judgements',
    query:
      '{ reports { id title judgements { grade scale { id } theme { name } force { name } } } }',
  },
  {
    name: 'force-deep',
    query:
      '{ force(id: "metropolitan-police") { name reports { title findings(first: 20) { nodes { kind text topics { name } mentions { entity { id __typename } evidence { quote } } } } } } }',
  },
  {
    name: 'theme-grades',
    query:
      '{ themes { name parent { name } judgements { nodes { grade rank force { name } report { publishedOn } } } } }',
  },
  {
    name: 'partners-initiatives',
    query:
      '{ partnerAgencies(first: 50) { nodes { name sector participation { initiative { name kind forces { name } } evidence { quote } } } } }',
  },
  {
    name: 'report-recommendations',
    query:
      '{ reports { title recommendations(first: 30) { nodes { number text theme { name } addresses { kind text } } } } }',
  },
  {
    name: 'findings-page',
    query:
      '{ findings(first: 100, filter: { kinds: [AREA_FOR_IMPROVEMENT] }) { totalCount edges { node { text force { name } theme { name } } } } }',
  },
  {
    // The page after the 400th finding: with keyset cursors it costs what the first page does.
    name: 'findings-deep-page',
    query:
      'query ($after: String) { findings(first: 20, after: $after) { nodes { id kind text } pageInfo { hasNextPage endCursor } } }',
    prepareVariables: async (url) => ({ after: await readCursorAfter(url, 'findings', 400) }),
  },
  {
    name: 'findings-first-page',
    query:
      'query ($after: String) { findings(first: 20, after: $after) { nodes { id kind text } pageInfo { hasNextPage endCursor } } }',
  },
  {
    name: 'search',
    query:
      '{ search(query: "domestic abuse", first: 20) { nodes { score snippet item { ... on Node { id } } } } }',
  },
  {
    name: 'shared-weaknesses',
    query:
      '{ sharedWeaknesses(minForces: 3) { topic { name } forces { name } findings(first: 100) { nodes { id } } } }',
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
    name: 'paths',
    query:
      '{ paths(fromId: "partner/crown-prosecution-service", toId: "west-midlands-police", maxHops: 3) { length nodes { id } relationships { type from to } } }',
  },
];
