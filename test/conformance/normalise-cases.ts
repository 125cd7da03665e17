import type { Row } from '../../src/graph/store.js';

// One small graph and the rows both adapters must return for it: the GraphStore port promises
// plain values (numbers, ISO date strings, property objects with `_label`/`_type`) whichever
// engine answers. The embedded engine runs these in test/conformance/normalise-parity.test.ts,
// a real Neo4j server in test/neo4j/values.test.ts. The labels are the test's own, so the
// graph can sit beside the seed graph and be removed without touching it.

/** The embedded engine's tables for the graph below. */
export const embeddedParitySchema = [
  'CREATE NODE TABLE IF NOT EXISTS ParityForce(id STRING PRIMARY KEY, name STRING, shortName STRING, aliases STRING[], population INT64, area DOUBLE, inspectedOn DATE, checkedAt TIMESTAMP)',
  'CREATE NODE TABLE IF NOT EXISTS ParityReport(id STRING PRIMARY KEY, title STRING, lineCount INT64)',
  'CREATE REL TABLE IF NOT EXISTS PARITY_ABOUT(FROM ParityReport TO ParityForce, lineStart INT64, quote STRING, share DOUBLE, seenOn DATE)',
];

/** Creates the graph; `instant` is the engine's literal for 2024-03-05 09:11:12.345 UTC. */
export function paritySeed(instant: string): { name: string; text: string } {
  return {
    name: 'test/parity-seed',
    text: [
      "CREATE (kent:ParityForce {id: 'kent', name: 'Kent Police', aliases: ['Kent', 'KP'], population: 1846500,",
      `  area: 1442.5, inspectedOn: date('2014-05-06'), checkedAt: ${instant}})`,
      "CREATE (:ParityForce {id: 'essex', population: 1832700, area: 1420.0})",
      "CREATE (r:ParityReport {id: 'kent-2014', title: 'Kent 2014', lineCount: 1200})",
      "CREATE (r)-[:PARITY_ABOUT {lineStart: 12, quote: 'Kent is good', share: 0.25, seenOn: date('2014-05-06')}]->(kent)",
    ].join('\n'),
  };
}

/** The embedded engine's and Neo4j's literal for the same instant. */
export const embeddedInstant = "timestamp('2024-03-05 09:11:12.345')";
export const neo4jInstant = "datetime('2024-03-05T09:11:12.345Z')";

/** The plain values both adapters must return for the seeded graph. */
const kent = {
  aliases: ['Kent', 'KP'],
  area: 1442.5,
  checkedAt: '2024-03-05T09:11:12.345Z',
  id: 'kent',
  inspectedOn: '2014-05-06',
  name: 'Kent Police',
  population: 1_846_500,
  _label: 'ParityForce',
};
const about = {
  lineStart: 12,
  quote: 'Kent is good',
  seenOn: '2014-05-06',
  share: 0.25,
  _type: 'PARITY_ABOUT',
};
const report = { id: 'kent-2014', lineCount: 1200, title: 'Kent 2014', _label: 'ParityReport' };

export interface NormaliseCase {
  readonly what: string;
  /** Must return exactly one row, on either engine. */
  readonly query: string;
  readonly expected: Row;
}

export const normaliseCases: readonly NormaliseCase[] = [
  {
    what: 'integers, fractional and whole-valued floats, strings and null',
    query:
      "MATCH (f:ParityForce {id: 'kent'}) RETURN f.population AS population, f.area AS area, 2.0 AS whole, f.name AS name, f.shortName AS shortName",
    expected: {
      population: 1_846_500,
      area: 1442.5,
      whole: 2,
      name: 'Kent Police',
      shortName: null,
    },
  },
  {
    what: 'aggregates: count, sum of integers and of floats, and min of strings',
    query:
      'MATCH (f:ParityForce) RETURN count(f) AS forces, sum(f.population) AS people, sum(f.area) AS area, min(f.id) AS first ORDER BY forces',
    expected: { forces: 2, people: 3_679_200, area: 2862.5, first: 'essex' },
  },
  {
    what: 'lists of strings, integers and dates',
    query:
      "MATCH (f:ParityForce {id: 'kent'}) RETURN f.aliases AS aliases, [1, 2, 3] AS numbers, [f.inspectedOn, date('2016-01-31')] AS dates",
    expected: {
      aliases: ['Kent', 'KP'],
      numbers: [1, 2, 3],
      dates: ['2014-05-06', '2016-01-31'],
    },
  },
  {
    what: 'a node with every property type, and one whose unset properties are left out',
    query:
      "MATCH (f:ParityForce {id: 'kent'}) MATCH (e:ParityForce {id: 'essex'}) RETURN f AS force, e AS bare",
    expected: {
      force: kent,
      bare: { area: 1420, id: 'essex', population: 1_832_700, _label: 'ParityForce' },
    },
  },
  {
    what: 'a relationship with integer, float, string and date properties',
    query: "MATCH (:ParityReport)-[a:PARITY_ABOUT]->(:ParityForce {id: 'kent'}) RETURN a AS about",
    expected: { about },
  },
  {
    what: 'a path, and its nodes, relationships and length',
    query:
      "MATCH p = (:ParityReport {id: 'kent-2014'})-[:PARITY_ABOUT*1..1]->(:ParityForce {id: 'kent'}) RETURN p AS path, nodes(p) AS nodes, relationships(p) AS rels, length(p) AS hops",
    expected: {
      path: { nodes: [report, kent], rels: [about] },
      nodes: [report, kent],
      rels: [about],
      hops: 1,
    },
  },
  {
    what: 'dates and instants, alone and inside a map with nodes',
    query:
      "MATCH (f:ParityForce {id: 'kent'}) RETURN f.inspectedOn AS inspectedOn, f.checkedAt AS checkedAt, {day: date('2016-01-31'), forces: [f], population: f.population} AS nested",
    expected: {
      inspectedOn: '2014-05-06',
      checkedAt: '2024-03-05T09:11:12.345Z',
      nested: { day: '2016-01-31', forces: [kent], population: 1_846_500 },
    },
  },
];
