import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import {
  normaliseNeo4jRecord,
  normaliseNeo4jValue,
} from '../../../src/graph/neo4j/neo4j-results.js';

// No Neo4j server runs where these tests run: every driver value below is built with the
// driver's own constructors, in the shapes its Bolt decoder produces (Integer fields).
const { int } = neo4j;
const { Node, Relationship, UnboundRelationship, Path, PathSegment, Record } = neo4j.types;

function forceNode(): InstanceType<typeof Node> {
  return new Node(
    int(7),
    ['Force'],
    { id: 'kent', name: 'Kent Police', population: int(1_846_500), aliases: ['Kent'] },
    '4:abc:7',
  );
}

describe('normaliseNeo4jValue', () => {
  it('normalises driver Integer to number (driver types built in-test, no Neo4j server here)', () => {
    assert.equal(normaliseNeo4jValue(int(42)), 42);
    assert.equal(normaliseNeo4jValue(int(-9_007_199_254_740_991)), -9_007_199_254_740_991);
  });

  it('throws on a driver Integer beyond 2^53 rather than lose digits (driver types built in-test, no Neo4j server here)', () => {
    assert.throws(() => normaliseNeo4jValue(int('9007199254740993')), {
      name: 'RangeError',
      message: /9007199254740993 is outside the JavaScript safe integer range/,
    });
  });

  it('turns a safe bigint into a number and throws on an unsafe one', () => {
    assert.equal(normaliseNeo4jValue(12n), 12);
    assert.throws(() => normaliseNeo4jValue(2n ** 60n), RangeError);
  });

  it('keeps strings, booleans, fractional numbers and null, and turns undefined into null', () => {
    assert.equal(normaliseNeo4jValue('x'), 'x');
    assert.equal(normaliseNeo4jValue(true), true);
    assert.equal(normaliseNeo4jValue(2.5), 2.5);
    assert.equal(normaliseNeo4jValue(null), null);
    assert.equal(normaliseNeo4jValue(undefined), null);
  });

  it('turns a Node into its properties plus _label, without identity or elementId (driver types built in-test, no Neo4j server here)', () => {
    const result = normaliseNeo4jValue(forceNode());
    assert.deepEqual(result, {
      aliases: ['Kent'],
      id: 'kent',
      name: 'Kent Police',
      population: 1_846_500,
      _label: 'Force',
    });
    assert.deepEqual(Object.keys(result as object), [
      'aliases',
      'id',
      'name',
      'population',
      '_label',
    ]);
  });

  it('drops null-valued node properties (driver types built in-test, no Neo4j server here)', () => {
    const node = new Node(int(1), ['Unit'], { id: 'cid', acronym: null }, '4:abc:1');
    assert.deepEqual(normaliseNeo4jValue(node), { id: 'cid', _label: 'Unit' });
  });

  it('turns a Relationship into its properties plus _type, without ids or endpoints (driver types built in-test, no Neo4j server here)', () => {
    const rel = new Relationship(
      int(9),
      int(1),
      int(2),
      'MENTIONS',
      { quote: 'the MASH', lineStart: int(120) },
      '5:abc:9',
      '4:abc:1',
      '4:abc:2',
    );
    assert.deepEqual(normaliseNeo4jValue(rel), {
      lineStart: 120,
      quote: 'the MASH',
      _type: 'MENTIONS',
    });
  });

  it('treats an UnboundRelationship like a Relationship (driver types built in-test, no Neo4j server here)', () => {
    const rel = new UnboundRelationship(int(3), 'PART_OF', { since: int(2014) }, '5:abc:3');
    assert.deepEqual(normaliseNeo4jValue(rel), { since: 2014, _type: 'PART_OF' });
  });

  it('turns a Path into {nodes, rels} in path order (driver types built in-test, no Neo4j server here)', () => {
    const force = forceNode();
    const unit = new Node(int(8), ['Unit'], { id: 'kent-cid' }, '4:abc:8');
    const initiative = new Node(int(9), ['Initiative'], { id: 'mash' }, '4:abc:9');
    const partOf = new Relationship(
      int(20),
      int(8),
      int(7),
      'PART_OF',
      {},
      '5:abc:20',
      '4:abc:8',
      '4:abc:7',
    );
    const mentions = new Relationship(
      int(21),
      int(8),
      int(9),
      'MENTIONS',
      { quote: 'q' },
      '5:abc:21',
    );
    const path = new Path(force, initiative, [
      new PathSegment(force, partOf, unit),
      new PathSegment(unit, mentions, initiative),
    ]);
    assert.deepEqual(normaliseNeo4jValue(path), {
      nodes: [
        normaliseNeo4jValue(force),
        { id: 'kent-cid', _label: 'Unit' },
        { id: 'mash', _label: 'Initiative' },
      ],
      rels: [{ _type: 'PART_OF' }, { quote: 'q', _type: 'MENTIONS' }],
    });
  });

  it('turns a zero-length Path into one node and no rels (driver types built in-test, no Neo4j server here)', () => {
    const force = forceNode();
    assert.deepEqual(normaliseNeo4jValue(new Path(force, force, [])), {
      nodes: [normaliseNeo4jValue(force)],
      rels: [],
    });
  });

  it('formats a Date as YYYY-MM-DD (driver types built in-test, no Neo4j server here)', () => {
    assert.equal(
      normaliseNeo4jValue(new neo4j.types.Date(int(2014), int(3), int(5))),
      '2014-03-05',
    );
  });

  it('formats a DateTime with an offset as a UTC ISO string with milliseconds (driver types built in-test, no Neo4j server here)', () => {
    const value = new neo4j.types.DateTime(
      int(2024),
      int(3),
      int(5),
      int(10),
      int(11),
      int(12),
      int(345_678_901),
      int(3600),
    );
    assert.equal(normaliseNeo4jValue(value), '2024-03-05T09:11:12.345Z');
  });

  it('formats a DateTime carrying both zone id and offset by its offset (driver types built in-test, no Neo4j server here)', () => {
    const value = new neo4j.types.DateTime(
      int(2024),
      int(7),
      int(1),
      int(12),
      int(0),
      int(0),
      int(0),
      int(3600),
      'Europe/London',
    );
    assert.equal(normaliseNeo4jValue(value), '2024-07-01T11:00:00.000Z');
  });

  it('throws on a DateTime with a zone id but no offset (driver types built in-test, no Neo4j server here)', () => {
    const value = new neo4j.types.DateTime(
      int(2024),
      int(7),
      int(1),
      int(12),
      int(0),
      int(0),
      int(0),
      undefined,
      'Europe/London',
    );
    assert.throws(() => normaliseNeo4jValue(value), /zone id but no offset/);
  });

  it('formats a LocalDateTime as a UTC ISO string with milliseconds whatever the host time zone (driver types built in-test, no Neo4j server here)', () => {
    const value = new neo4j.types.LocalDateTime(
      int(2024),
      int(3),
      int(5),
      int(10),
      int(11),
      int(12),
      int(7_000_000),
    );
    assert.equal(normaliseNeo4jValue(value), '2024-03-05T10:11:12.007Z');
  });

  it('formats Time, LocalTime and Duration as ISO text (driver types built in-test, no Neo4j server here)', () => {
    assert.equal(
      normaliseNeo4jValue(new neo4j.types.Time(int(9), int(30), int(0), int(0), int(-3600))),
      '09:30:00-01:00',
    );
    assert.equal(
      normaliseNeo4jValue(new neo4j.types.LocalTime(int(9), int(30), int(5), int(0))),
      '09:30:05',
    );
    assert.equal(
      normaliseNeo4jValue(new neo4j.types.Duration(int(14), int(2), int(3), int(0))),
      'P1Y2M2DT3S',
    );
  });

  it('turns a Point into {srid, x, y} and adds z in 3D (driver types built in-test, no Neo4j server here)', () => {
    assert.deepEqual(normaliseNeo4jValue(new neo4j.types.Point(int(4326), 0.5, 51.3)), {
      srid: 4326,
      x: 0.5,
      y: 51.3,
    });
    assert.deepEqual(normaliseNeo4jValue(new neo4j.types.Point(int(9157), 1, 2, 3)), {
      srid: 9157,
      x: 1,
      y: 2,
      z: 3,
    });
  });

  it('turns a Vector into an array of numbers and a UUID into its text (driver types built in-test, no Neo4j server here)', () => {
    assert.deepEqual(normaliseNeo4jValue(neo4j.vector(new Float64Array([1.5, -2]))), [1.5, -2]);
    assert.deepEqual(normaliseNeo4jValue(neo4j.vector(new BigInt64Array([3n, 4n]))), [3, 4]);
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    assert.equal(normaliseNeo4jValue(neo4j.uuid(id)), id);
  });

  it('normalises lists and maps recursively (driver types built in-test, no Neo4j server here)', () => {
    const value = {
      counts: [int(1), int(2)],
      nested: { on: new neo4j.types.Date(int(2016), int(1), int(31)), forces: [forceNode()] },
      empty: [],
    };
    assert.deepEqual(normaliseNeo4jValue(value), {
      counts: [1, 2],
      nested: { on: '2016-01-31', forces: [normaliseNeo4jValue(forceNode())] },
      empty: [],
    });
  });

  it('throws on values it does not know instead of passing them on', () => {
    assert.throws(
      () => normaliseNeo4jValue(new Map([['a', 1]])),
      /unsupported Neo4j result value Map/,
    );
    assert.throws(
      () => normaliseNeo4jValue(Symbol('s')),
      /unsupported Neo4j result value of type symbol/,
    );
  });
});

describe('normaliseNeo4jRecord', () => {
  it('keys the row by the RETURN aliases and normalises each column (driver types built in-test, no Neo4j server here)', () => {
    const record = new Record(['force', 'findingCount', 'grades'], [forceNode(), int(3), ['GOOD']]);
    assert.deepEqual(normaliseNeo4jRecord(record), {
      force: normaliseNeo4jValue(forceNode()),
      findingCount: 3,
      grades: ['GOOD'],
    });
  });
});
