import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import type { EmbeddedGraphStore } from '../../src/graph/embedded/embedded-store.js';
import { normaliseNeo4jRecord } from '../../src/graph/neo4j/neo4j-results.js';
import type { Row } from '../../src/graph/store.js';
import { openTestStore } from '../support/embedded-store.js';

// The same logical rows through both adapters' normalisers. The embedded side runs real
// queries on an in-memory embedded engine; the Neo4j side is the record Neo4j would send for
// the same query on the same graph, built here with neo4j-driver's own types (no Neo4j server
// can run where these tests run). Both must equal the plain row the GraphStore port promises.

const { int } = neo4j;
const { Node, Relationship, Path, PathSegment, Record } = neo4j.types;

const schema = [
  'CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING, shortName STRING, aliases STRING[], population INT64, area DOUBLE, inspectedOn DATE, checkedAt TIMESTAMP)',
  'CREATE NODE TABLE IF NOT EXISTS Report(id STRING PRIMARY KEY, title STRING, lineCount INT64)',
  'CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Report TO Force, lineStart INT64, quote STRING, share DOUBLE, seenOn DATE)',
];

const seed = {
  name: 'test/parity-seed',
  text: [
    "CREATE (kent:Force {id: 'kent', name: 'Kent Police', aliases: ['Kent', 'KP'], population: 1846500,",
    "  area: 1442.5, inspectedOn: date('2014-05-06'), checkedAt: timestamp('2024-03-05 09:11:12.345')})",
    "CREATE (:Force {id: 'essex', population: 1832700, area: 1420.0})",
    "CREATE (r:Report {id: 'kent-2014', title: 'Kent 2014', lineCount: 1200})",
    "CREATE (r)-[:ABOUT {lineStart: 12, quote: 'Kent is good', share: 0.25, seenOn: date('2014-05-06')}]->(kent)",
  ].join('\n'),
};

/** The plain values both adapters must return for the seeded graph. */
const kent = {
  aliases: ['Kent', 'KP'],
  area: 1442.5,
  checkedAt: '2024-03-05T09:11:12.345Z',
  id: 'kent',
  inspectedOn: '2014-05-06',
  name: 'Kent Police',
  population: 1_846_500,
  _label: 'Force',
};
const about = {
  lineStart: 12,
  quote: 'Kent is good',
  seenOn: '2014-05-06',
  share: 0.25,
  _type: 'ABOUT',
};
const report = { id: 'kent-2014', lineCount: 1200, title: 'Kent 2014', _label: 'Report' };

/** The same graph as Neo4j's Bolt decoder hands it to the driver: Integer, Date, DateTime. */
const kentNode = new Node(
  int(11),
  ['Force'],
  {
    id: 'kent',
    name: 'Kent Police',
    aliases: ['Kent', 'KP'],
    population: int(1_846_500),
    area: 1442.5,
    inspectedOn: new neo4j.types.Date(int(2014), int(5), int(6)),
    checkedAt: new neo4j.types.DateTime(
      int(2024),
      int(3),
      int(5),
      int(9),
      int(11),
      int(12),
      int(345_000_000),
      int(0),
    ),
  },
  '4:parity:11',
);
const reportNode = new Node(
  int(12),
  ['Report'],
  { id: 'kent-2014', title: 'Kent 2014', lineCount: int(1200) },
  '4:parity:12',
);
const aboutRel = new Relationship(
  int(21),
  int(12),
  int(11),
  'ABOUT',
  {
    lineStart: int(12),
    quote: 'Kent is good',
    share: 0.25,
    seenOn: new neo4j.types.Date(int(2014), int(5), int(6)),
  },
  '5:parity:21',
  '4:parity:12',
  '4:parity:11',
);

interface ParityCase {
  readonly what: string;
  /** Run on the embedded engine; must return exactly one row. */
  readonly query: string;
  /** What Neo4j returns for the same query. */
  readonly neo4jRecord: InstanceType<typeof Record>;
  readonly expected: Row;
}

const cases: readonly ParityCase[] = [
  {
    what: 'integers, fractional and whole-valued floats, strings and null',
    query:
      "MATCH (f:Force {id: 'kent'}) RETURN f.population AS population, f.area AS area, 2.0 AS whole, f.name AS name, f.shortName AS shortName",
    neo4jRecord: new Record(
      ['population', 'area', 'whole', 'name', 'shortName'],
      [int(1_846_500), 1442.5, 2.0, 'Kent Police', null],
    ),
    expected: {
      population: 1_846_500,
      area: 1442.5,
      whole: 2,
      name: 'Kent Police',
      shortName: null,
    },
  },
  {
    what: 'aggregates: count, sum of integers and of floats, and collect',
    query:
      'MATCH (f:Force) RETURN count(f) AS forces, sum(f.population) AS people, sum(f.area) AS area, collect(f.id) AS ids ORDER BY forces',
    neo4jRecord: new Record(
      ['forces', 'people', 'area', 'ids'],
      [int(2), int(3_679_200), 2862.5, ['kent', 'essex']],
    ),
    expected: { forces: 2, people: 3_679_200, area: 2862.5, ids: ['kent', 'essex'] },
  },
  {
    what: 'lists of strings, integers and dates',
    query:
      "MATCH (f:Force {id: 'kent'}) RETURN f.aliases AS aliases, [1, 2, 3] AS numbers, [f.inspectedOn, date('2016-01-31')] AS dates",
    neo4jRecord: new Record(
      ['aliases', 'numbers', 'dates'],
      [
        ['Kent', 'KP'],
        [int(1), int(2), int(3)],
        [
          new neo4j.types.Date(int(2014), int(5), int(6)),
          new neo4j.types.Date(int(2016), int(1), int(31)),
        ],
      ],
    ),
    expected: {
      aliases: ['Kent', 'KP'],
      numbers: [1, 2, 3],
      dates: ['2014-05-06', '2016-01-31'],
    },
  },
  {
    what: 'a node with every property type, and one whose unset properties are left out',
    query:
      "MATCH (f:Force {id: 'kent'}) MATCH (e:Force {id: 'essex'}) RETURN f AS force, e AS bare",
    neo4jRecord: new Record(
      ['force', 'bare'],
      [
        kentNode,
        new Node(
          int(13),
          ['Force'],
          { id: 'essex', population: int(1_832_700), area: 1420.0 },
          '4:parity:13',
        ),
      ],
    ),
    expected: {
      force: kent,
      bare: { area: 1420, id: 'essex', population: 1_832_700, _label: 'Force' },
    },
  },
  {
    what: 'a relationship with integer, float, string and date properties',
    query: "MATCH (:Report)-[a:ABOUT]->(:Force {id: 'kent'}) RETURN a AS about",
    neo4jRecord: new Record(['about'], [aboutRel]),
    expected: { about },
  },
  {
    what: 'a path, and its nodes, relationships and length',
    query:
      "MATCH p = (:Report {id: 'kent-2014'})-[:ABOUT*1..1]->(:Force {id: 'kent'}) RETURN p AS path, nodes(p) AS nodes, relationships(p) AS rels, length(p) AS hops",
    neo4jRecord: new Record(
      ['path', 'nodes', 'rels', 'hops'],
      [
        new Path(reportNode, kentNode, [new PathSegment(reportNode, aboutRel, kentNode)]),
        [reportNode, kentNode],
        [aboutRel],
        int(1),
      ],
    ),
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
      "MATCH (f:Force {id: 'kent'}) RETURN f.inspectedOn AS inspectedOn, f.checkedAt AS checkedAt, {day: date('2016-01-31'), forces: [f], population: f.population} AS nested",
    neo4jRecord: new Record(
      ['inspectedOn', 'checkedAt', 'nested'],
      [
        kentNode.properties['inspectedOn'],
        kentNode.properties['checkedAt'],
        {
          day: new neo4j.types.Date(int(2016), int(1), int(31)),
          forces: [kentNode],
          population: int(1_846_500),
        },
      ],
    ),
    expected: {
      inspectedOn: '2014-05-06',
      checkedAt: '2024-03-05T09:11:12.345Z',
      nested: { day: '2016-01-31', forces: [kent], population: 1_846_500 },
    },
  },
];

describe('result normalisation parity between the embedded and the Neo4j adapter', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore(schema);
    await store.writeTransaction((tx) => tx.run(seed));
  });
  after(() => store.close());

  for (const parity of cases) {
    it(`returns ${parity.what} alike from both engines (Neo4j side: driver types constructed in the test, no Neo4j server)`, async () => {
      const embeddedRows = await store.read({ name: 'test/parity', text: parity.query });
      assert.equal(embeddedRows.length, 1, 'one row from the embedded engine');
      const fromNeo4j = normaliseNeo4jRecord(parity.neo4jRecord);
      assert.deepEqual(embeddedRows[0], parity.expected, 'embedded engine');
      assert.deepEqual(fromNeo4j, parity.expected, 'Neo4j');
    });
  }
});
