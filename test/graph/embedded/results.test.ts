import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmbeddedGraphStore } from '../../../src/graph/embedded/embedded-store.js';
import { parseEngineType } from '../../../src/graph/embedded/engine-type.js';
import { openTestStore } from '../../support/embedded-store.js';

const schema = [
  'CREATE NODE TABLE IF NOT EXISTS Force(id STRING PRIMARY KEY, name STRING, aliases STRING[], officers INT64, founded DATE, inspectedAt TIMESTAMP)',
  'CREATE NODE TABLE IF NOT EXISTS Report(id STRING PRIMARY KEY, title STRING)',
  'CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Report TO Force, quote STRING, lineStart INT64, seenOn DATE)',
];
const seed = {
  name: 'test/seed',
  text: [
    "CREATE (f:Force {id: 'kent', name: 'Kent Police', aliases: ['Kent'], officers: 3500,",
    "  founded: date('1857-01-01'), inspectedAt: timestamp('2014-03-04 10:20:30.456')})",
    "CREATE (g:Force {id: 'essex', officers: 2100})",
    "CREATE (r:Report {id: 'kent-2014', title: 'Kent 2014'})",
    "CREATE (r)-[:ABOUT {quote: 'Kent is good', lineStart: 12, seenOn: date('2014-05-06')}]->(f)",
    'CREATE (r)-[:ABOUT]->(g)',
  ].join('\n'),
};

describe('result normalisation', () => {
  let store: EmbeddedGraphStore;
  before(async () => {
    store = await openTestStore(schema);
    await store.writeTransaction((tx) => tx.run(seed));
  });
  after(() => store.close());

  const readOne = async (text: string): Promise<Record<string, unknown>> => {
    const rows = await store.read({ name: 'test/result', text });
    assert.equal(rows.length, 1);
    return rows[0] as Record<string, unknown>;
  };

  it('returns a node as its set properties and _label, without the engine id', async () => {
    const row = await readOne("MATCH (f:Force {id: 'kent'}) RETURN f");
    assert.deepEqual(row['f'], {
      aliases: ['Kent'],
      founded: '1857-01-01',
      id: 'kent',
      inspectedAt: '2014-03-04T10:20:30.456Z',
      name: 'Kent Police',
      officers: 3500,
      _label: 'Force',
    });
  });

  it('drops the nulls of unset columns from a node', async () => {
    const row = await readOne("MATCH (f:Force {id: 'essex'}) RETURN f");
    assert.deepEqual(row['f'], { id: 'essex', officers: 2100, _label: 'Force' });
  });

  it('returns a relationship as its set properties and _type, without endpoints or ids', async () => {
    const row = await readOne("MATCH (:Report)-[a:ABOUT]->(:Force {id: 'kent'}) RETURN a");
    assert.deepEqual(row['a'], {
      lineStart: 12,
      quote: 'Kent is good',
      seenOn: '2014-05-06',
      _type: 'ABOUT',
    });
    const bare = await readOne("MATCH (:Report)-[a:ABOUT]->(:Force {id: 'essex'}) RETURN a");
    assert.deepEqual(bare['a'], { _type: 'ABOUT' });
  });

  it('returns a path as its nodes and relationships', async () => {
    const row = await readOne("MATCH p = (:Report)-[:ABOUT*1..1]->(:Force {id: 'essex'}) RETURN p");
    assert.deepEqual(row['p'], {
      nodes: [
        { id: 'kent-2014', title: 'Kent 2014', _label: 'Report' },
        { id: 'essex', officers: 2100, _label: 'Force' },
      ],
      rels: [{ _type: 'ABOUT' }],
    });
  });

  it('formats DATE columns as YYYY-MM-DD and TIMESTAMP columns as ISO instants', async () => {
    const row = await readOne(
      "MATCH (f:Force {id: 'kent'}) RETURN f.founded AS founded, f.inspectedAt AS inspectedAt, date('2024-02-29') AS leap",
    );
    assert.deepEqual(row, {
      founded: '1857-01-01',
      inspectedAt: '2014-03-04T10:20:30.456Z',
      leap: '2024-02-29',
    });
  });

  it('turns sum() results, which the engine returns as bigint, into numbers', async () => {
    const row = await readOne(
      'MATCH (f:Force) RETURN sum(f.officers) AS officers, count(*) AS forces',
    );
    assert.deepEqual(row, { officers: 5600, forces: 2 });
    assert.equal(typeof row['officers'], 'number');
  });

  it('normalises nested lists and maps recursively', async () => {
    const row = await readOne(
      [
        "MATCH (f:Force {id: 'kent'})<-[a:ABOUT]-(r:Report)",
        "RETURN {force: f, about: a, dates: [f.founded, date('2000-01-02')], at: f.inspectedAt, nothing: null} AS doc,",
        '  collect(f) AS forces, [[f.founded]] AS deep',
      ].join('\n'),
    );
    const kent = {
      aliases: ['Kent'],
      founded: '1857-01-01',
      id: 'kent',
      inspectedAt: '2014-03-04T10:20:30.456Z',
      name: 'Kent Police',
      officers: 3500,
      _label: 'Force',
    };
    assert.deepEqual(row, {
      doc: {
        force: kent,
        about: { lineStart: 12, quote: 'Kent is good', seenOn: '2014-05-06', _type: 'ABOUT' },
        dates: ['1857-01-01', '2000-01-02'],
        at: '2014-03-04T10:20:30.456Z',
        nothing: null,
      },
      forces: [kent],
      deep: [['1857-01-01']],
    });
  });

  it('returns a relationship with its _type as used in a pattern on relationships()', async () => {
    const row = await readOne(
      "MATCH p = (:Report)-[:ABOUT*1..1]->(:Force {id: 'kent'}) RETURN relationships(p) AS rels, nodes(p) AS nodes, length(p) AS hops",
    );
    assert.deepEqual(row['rels'], [
      { lineStart: 12, quote: 'Kent is good', seenOn: '2014-05-06', _type: 'ABOUT' },
    ]);
    assert.equal((row['nodes'] as unknown[]).length, 2);
    assert.equal(row['hops'], 1);
  });
});

describe('parseEngineType', () => {
  it('reads scalars, lists, fixed arrays, structs, maps and graph types', () => {
    assert.deepEqual(parseEngineType('DATE'), { kind: 'scalar', name: 'DATE' });
    assert.deepEqual(parseEngineType('DECIMAL(18, 3)'), { kind: 'scalar', name: 'DECIMAL' });
    assert.deepEqual(parseEngineType('INT64[3]'), {
      kind: 'list',
      element: { kind: 'scalar', name: 'INT64' },
    });
    assert.deepEqual(parseEngineType('DATE[][]'), {
      kind: 'list',
      element: { kind: 'list', element: { kind: 'scalar', name: 'DATE' } },
    });
    assert.deepEqual(parseEngineType('STRUCT(a b INT64, c STRUCT(d DATE, e TIMESTAMP[]))'), {
      kind: 'struct',
      fields: new Map([
        ['a b', { kind: 'scalar', name: 'INT64' }],
        [
          'c',
          {
            kind: 'struct',
            fields: new Map([
              ['d', { kind: 'scalar', name: 'DATE' }],
              ['e', { kind: 'list', element: { kind: 'scalar', name: 'TIMESTAMP' } }],
            ]),
          },
        ],
      ]),
    });
    assert.deepEqual(parseEngineType('MAP(STRING, DATE)'), {
      kind: 'map',
      value: { kind: 'scalar', name: 'DATE' },
    });
    assert.deepEqual(parseEngineType('NODE[]'), { kind: 'list', element: { kind: 'node' } });
    assert.deepEqual(parseEngineType('REL'), { kind: 'rel' });
    assert.deepEqual(parseEngineType('RECURSIVE_REL'), { kind: 'path' });
  });
});
