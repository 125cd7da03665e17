import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  leadsPastTaxonomy,
  listNeighbourLabels,
  toWalkEdge,
} from '../../../src/api/questions/walk-policy.js';
import type { WalkEdge } from '../../../src/api/questions/graph-walk.js';

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
