import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import {
  normaliseNeo4jRecord,
  normaliseNeo4jValue,
} from '../../../src/graph/neo4j/neo4j-results.js';

// What a real Neo4j server sends is normalised in test/neo4j/values.test.ts (integers, nodes,
// relationships, paths, every temporal type, points, lists and maps). Here, built with the
// driver's own constructors, only what the tested server does not send or what must be checked
// without one: bigint, undefined, null properties, an unbound relationship, a zero-length path,
// a DateTime without offset (old protocols), Vector and UUID (newer servers), unknown values.
const { int } = neo4j;
const { Node, UnboundRelationship, Path, Record } = neo4j.types;

function forceNode(): InstanceType<typeof Node> {
  return new Node(
    int(7),
    ['Force'],
    { id: 'kent', name: 'Kent Police', population: int(1_846_500), aliases: ['Kent'] },
    '4:abc:7',
  );
}

describe('normaliseNeo4jValue', () => {
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

  it('drops null-valued node properties (driver types built in-test, no Neo4j server here)', () => {
    const node = new Node(int(1), ['Unit'], { id: 'cid', acronym: null }, '4:abc:1');
    assert.deepEqual(normaliseNeo4jValue(node), { id: 'cid', _label: 'Unit' });
  });

  it('treats an UnboundRelationship like a Relationship (driver types built in-test, no Neo4j server here)', () => {
    const rel = new UnboundRelationship(int(3), 'PART_OF', { since: int(2014) }, '5:abc:3');
    assert.deepEqual(normaliseNeo4jValue(rel), { since: 2014, _type: 'PART_OF' });
  });

  it('turns a zero-length Path into one node and no rels (driver types built in-test, no Neo4j server here)', () => {
    const force = forceNode();
    assert.deepEqual(normaliseNeo4jValue(new Path(force, force, [])), {
      nodes: [normaliseNeo4jValue(force)],
      rels: [],
    });
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

  it('turns a Vector into an array of numbers and a UUID into its text (driver types built in-test, no Neo4j server here)', () => {
    assert.deepEqual(normaliseNeo4jValue(neo4j.vector(new Float64Array([1.5, -2]))), [1.5, -2]);
    assert.deepEqual(normaliseNeo4jValue(neo4j.vector(new BigInt64Array([3n, 4n]))), [3, 4]);
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    assert.equal(normaliseNeo4jValue(neo4j.uuid(id)), id);
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
