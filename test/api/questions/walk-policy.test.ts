import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  leadsPastTaxonomy,
  listNeighbourLabels,
  toWalkEdge,
} from '../../../src/api/questions/walk-policy.js';
import type { WalkEdge } from '../../../src/api/questions/graph-walk.js';
import { relationshipTypes } from '../../../src/domain/model.js';
import { loadCatalog } from '../../../src/graph/queries.js';

const edge = (type: string, direction: WalkEdge['direction']): WalkEdge => ({
  nodeId: 'x',
  neighbourId: 'y',
  type,
  direction,
});

describe('listNeighbourLabels', () => {
  it('reads the far end from the model pairs of the type, by direction', () => {
    assert.deepEqual(listNeighbourLabels('TAGGED', 'OUT'), ['Topic']);
    assert.deepEqual(listNeighbourLabels('TAGGED', 'IN'), ['Finding', 'Recommendation', 'Passage']);
    assert.deepEqual(listNeighbourLabels('INSPECTS', 'OUT'), ['Force']);
    assert.deepEqual(listNeighbourLabels('NO_SUCH_TYPE', 'OUT'), []);
  });
});

describe('leadsPastTaxonomy', () => {
  it('stops walks at themes, topics and glossary terms but not at other entities', () => {
    assert.equal(leadsPastTaxonomy(edge('ON_THEME', 'OUT')), false);
    assert.equal(leadsPastTaxonomy(edge('TAGGED', 'OUT')), false);
    assert.equal(leadsPastTaxonomy(edge('SUBTHEME_OF', 'IN')), false);
    assert.equal(leadsPastTaxonomy(edge('DEFINES', 'OUT')), false);
    assert.equal(leadsPastTaxonomy(edge('DEFINES', 'IN')), true);
    assert.equal(leadsPastTaxonomy(edge('ON_THEME', 'IN')), true);
    assert.equal(leadsPastTaxonomy(edge('MENTIONS', 'OUT')), true);
  });
});

describe('toWalkEdge', () => {
  it('takes the type from the normalised relationship and keeps its evidence', () => {
    const walkEdge = toWalkEdge({
      id: 'partner/schools',
      neighbourId: 'initiative/mash',
      rel: { _type: 'PARTICIPATES_IN', reportId: 'r', lineStart: 712 },
      direction: 'OUT',
    });
    assert.deepEqual(walkEdge, {
      nodeId: 'partner/schools',
      neighbourId: 'initiative/mash',
      type: 'PARTICIPATES_IN',
      direction: 'OUT',
      properties: { reportId: 'r', lineStart: 712 },
    });
    assert.equal(
      toWalkEdge({ id: 'a', neighbourId: 'b', rel: { _type: 'X' }, direction: 'IN' }).direction,
      'IN',
    );
  });
});

describe("the walk's neighbour query", () => {
  it('names every relationship type with a walked label at both ends, and no other', () => {
    const text = loadCatalog().queries.neighboursByIds.text;
    const patterns = [...text.matchAll(/\[rel:([\w|]+)\][^(]*\(neighbour:([\w|]+)\)/g)];
    assert.equal(patterns.length, 2, 'one pattern per direction');
    for (const [, types, labels] of patterns) {
      const walked = new Set(labels!.split('|'));
      const expected = Object.entries(relationshipTypes)
        .filter(([, spec]) =>
          (spec.pairs as readonly (readonly [string, string])[]).some(
            ([from, to]) => walked.has(from) && walked.has(to),
          ),
        )
        .map(([type]) => type);
      assert.deepEqual(types!.split('|').sort(), expected.sort());
    }
  });
});
