import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  exploreNeighbourhood,
  findShortestPaths,
  interleaveByType,
  type ExpandNodes,
  type WalkEdge,
  type WalkPolicy,
} from '../../../src/api/questions/graph-walk.js';

interface Relationship {
  type: string;
  from: string;
  to: string;
  quote?: string;
}

/**
 * A small graph, stored directions as drawn:
 *
 *   A -LINKS-> B -LINKS-> D -LINKS-> E        A -TAGGED-> T <-TAGGED- E   (T is a taxonomy node)
 *   A -LINKS-> C -LINKS-> D                   A -LINKS-> H -LINKS-> E     (H is a hub: 5 relationships)
 *   D <-NAMES- F                              H -LINKS-> h1, h2, h3
 */
const graph: Relationship[] = [
  { type: 'LINKS', from: 'A', to: 'B' },
  { type: 'LINKS', from: 'A', to: 'C' },
  { type: 'LINKS', from: 'B', to: 'D' },
  { type: 'LINKS', from: 'C', to: 'D' },
  { type: 'LINKS', from: 'D', to: 'E' },
  { type: 'NAMES', from: 'F', to: 'D' },
  { type: 'TAGGED', from: 'A', to: 'T' },
  { type: 'TAGGED', from: 'E', to: 'T' },
  { type: 'LINKS', from: 'A', to: 'H' },
  { type: 'LINKS', from: 'H', to: 'E' },
  { type: 'LINKS', from: 'H', to: 'h1' },
  { type: 'LINKS', from: 'H', to: 'h2' },
  { type: 'LINKS', from: 'H', to: 'h3' },
];

/** An expand function over `relationships` that records each batch it is asked for. */
function createFakeExpand(relationships: readonly Relationship[]) {
  const calls: string[][] = [];
  const expand: ExpandNodes = async (ids) => {
    calls.push([...ids]);
    const edges: WalkEdge[] = [];
    for (const { type, from, to, quote } of relationships) {
      const properties = quote === undefined ? {} : { quote };
      if (ids.includes(from))
        edges.push({ nodeId: from, neighbourId: to, type, direction: 'OUT', properties });
      if (ids.includes(to))
        edges.push({ nodeId: to, neighbourId: from, type, direction: 'IN', properties });
    }
    return edges;
  };
  return { expand, calls };
}

const policy: WalkPolicy = {
  maxFanOut: 4,
  canPassThrough: (edge) => edge.type !== 'TAGGED',
};

const search = (fromId: string, toId: string, maxHops = 4, maxPaths = 10) => ({
  fromId,
  toId,
  maxHops,
  maxPaths,
});

const describePath = (path: { nodeIds: string[] }) => path.nodeIds.join('-');

describe('findShortestPaths', () => {
  it('finds every shortest path, each with its relationships in stored direction', async () => {
    const { expand } = createFakeExpand(graph);
    const paths = await findShortestPaths(search('A', 'D'), expand, policy);
    assert.deepEqual(paths.map(describePath), ['A-B-D', 'A-C-D']);
    assert.deepEqual(paths[0]!.steps, [
      { type: 'LINKS', from: 'A', to: 'B', properties: {} },
      { type: 'LINKS', from: 'B', to: 'D', properties: {} },
    ]);
  });

  it('follows relationships against their direction and reports them as stored', async () => {
    const { expand } = createFakeExpand(graph);
    const [path] = await findShortestPaths(search('E', 'F'), expand, policy);
    assert.equal(describePath(path!), 'E-D-F');
    assert.deepEqual(
      path!.steps.map(({ type, from, to }) => `${from} ${type} ${to}`),
      ['D LINKS E', 'F NAMES D'],
    );
  });

  it('never passes through a node the policy forbids, nor through a hub', async () => {
    const { expand } = createFakeExpand(graph);
    // A-T-E (taxonomy) and A-H-E (hub) are two hops; the walk must take three.
    const paths = await findShortestPaths(search('A', 'E'), expand, policy);
    assert.deepEqual(paths.map(describePath), ['A-B-D-E', 'A-C-D-E']);
  });

  it('may end at a node it would not pass through', async () => {
    const { expand } = createFakeExpand(graph);
    assert.deepEqual(
      (await findShortestPaths(search('A', 'T'), expand, policy)).map(describePath),
      ['A-T'],
    );
    assert.deepEqual(
      (await findShortestPaths(search('B', 'H'), expand, policy)).map(describePath),
      ['B-A-H'],
    );
  });

  it('expands a hub when the walk starts there', async () => {
    const { expand } = createFakeExpand(graph);
    const paths = await findShortestPaths(search('H', 'E'), expand, policy);
    assert.deepEqual(paths.map(describePath), ['H-E']);
  });

  it('reads the whole frontier in one batch per hop and stops at the hop bound', async () => {
    const { expand, calls } = createFakeExpand(graph);
    assert.deepEqual(await findShortestPaths(search('B', 'F', 1), expand, policy), []);
    assert.deepEqual(calls, [['B']]);
    calls.length = 0;
    const paths = await findShortestPaths(search('B', 'E', 2), expand, policy);
    assert.deepEqual(paths.map(describePath), ['B-D-E']);
    assert.deepEqual(calls, [['B'], ['A', 'D']]);
  });

  it('returns no path between nodes that are not connected', async () => {
    const { expand } = createFakeExpand([...graph, { type: 'LINKS', from: 'X', to: 'Y' }]);
    assert.deepEqual(await findShortestPaths(search('A', 'X', 6), expand, policy), []);
  });

  it('stops at maxPaths paths', async () => {
    const { expand } = createFakeExpand(graph);
    const paths = await findShortestPaths(search('A', 'E', 4, 1), expand, policy);
    assert.deepEqual(paths.map(describePath), ['A-B-D-E']);
  });

  it('answers a path from a node to itself with no relationships and no reads', async () => {
    const { expand, calls } = createFakeExpand(graph);
    assert.deepEqual(await findShortestPaths(search('A', 'A'), expand, policy), [
      { nodeIds: ['A'], steps: [] },
    ]);
    assert.equal(calls.length, 0);
  });

  it('counts two statements of the same relationship as one path', async () => {
    const { expand } = createFakeExpand([
      { type: 'PARTICIPATES_IN', from: 'P', to: 'M', quote: 'first report' },
      { type: 'PARTICIPATES_IN', from: 'P', to: 'M', quote: 'second report' },
    ]);
    const paths = await findShortestPaths(search('P', 'M'), expand, policy);
    assert.equal(paths.length, 1);
    assert.deepEqual(paths[0]!.steps[0]!.properties, { quote: 'first report' });
  });
});

describe('exploreNeighbourhood', () => {
  it('lists the nodes within depth and the relationships between them, each once', async () => {
    const { expand } = createFakeExpand(graph);
    const found = await exploreNeighbourhood(
      { centreId: 'D', depth: 1, maxNodes: 50 },
      expand,
      policy,
    );
    assert.deepEqual(found.nodeIds, ['D', 'B', 'F', 'C', 'E']);
    assert.deepEqual(found.steps.map(({ type, from, to }) => `${from} ${type} ${to}`).sort(), [
      'B LINKS D',
      'C LINKS D',
      'D LINKS E',
      'F NAMES D',
    ]);
    assert.equal(found.truncated, false);
  });

  it('shows nodes it may not pass through, and hubs, without expanding them', async () => {
    const { expand, calls } = createFakeExpand(graph);
    const found = await exploreNeighbourhood(
      { centreId: 'E', depth: 2, maxNodes: 50 },
      expand,
      policy,
    );
    assert.deepEqual(found.nodeIds, ['E', 'D', 'T', 'H', 'B', 'F', 'C']);
    // T is never read; the hub H is read but its neighbours h1..h3 and A are left out.
    assert.deepEqual(calls, [['E'], ['D', 'H']]);
    assert.equal(found.truncated, true);
  });

  it('is not truncated when only nodes it may not pass through stay unexpanded', async () => {
    const { expand } = createFakeExpand(graph);
    const found = await exploreNeighbourhood(
      { centreId: 'F', depth: 2, maxNodes: 50 },
      expand,
      policy,
    );
    assert.deepEqual(found.nodeIds, ['F', 'D', 'B', 'C', 'E']);
    assert.equal(found.truncated, false);
  });

  it('stops at the node cap, dealing out relationship types in turns', async () => {
    const { expand } = createFakeExpand(graph);
    const found = await exploreNeighbourhood(
      { centreId: 'A', depth: 1, maxNodes: 3 },
      expand,
      policy,
    );
    // LINKS to B, C, H and TAGGED to T: one of each type first.
    assert.deepEqual(found.nodeIds, ['A', 'B', 'T']);
    assert.equal(found.truncated, true);
    assert.equal(found.steps.length, 2);
  });

  it('returns the centre alone at depth 0 without reading', async () => {
    const { expand, calls } = createFakeExpand(graph);
    const found = await exploreNeighbourhood(
      { centreId: 'A', depth: 0, maxNodes: 10 },
      expand,
      policy,
    );
    assert.deepEqual(found, { nodeIds: ['A'], steps: [], truncated: false });
    assert.equal(calls.length, 0);
  });
});

describe('interleaveByType', () => {
  it('deals one relationship of each type per round, types in name order', () => {
    const edge = (type: string, neighbourId: string): WalkEdge => ({
      nodeId: 'x',
      neighbourId,
      type,
      direction: 'OUT',
    });
    const dealt = interleaveByType([
      edge('B', '1'),
      edge('B', '2'),
      edge('B', '3'),
      edge('A', '4'),
      edge('C', '5'),
      edge('C', '6'),
    ]);
    assert.deepEqual(
      dealt.map((e) => e.neighbourId),
      ['4', '1', '5', '2', '6', '3'],
    );
  });
});
