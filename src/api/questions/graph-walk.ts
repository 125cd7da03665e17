/**
 * Breadth-first walks over the graph, level by level: each level asks for the relationships of
 * the whole frontier at once (one batched read), so a walk of n hops costs n reads whatever
 * the fan-out. The graph is reached only through the `expand` function given, which keeps
 * this module pure and lets tests walk a hand-made graph. Shortest paths are searched here
 * rather than in Cypher because the two engines share no shortest-path syntax
 * (`portable-cypher.md`).
 */

/** A relationship as seen from one of its ends during a walk. */
export interface WalkEdge {
  /** The node whose relationships were asked for. */
  readonly nodeId: string;
  readonly neighbourId: string;
  /** Relationship type, e.g. MENTIONS. */
  readonly type: string;
  /** OUT when the relationship points from `nodeId` to `neighbourId`, IN when it points back. */
  readonly direction: 'OUT' | 'IN';
  /** What the relationship carries (its evidence), if anything. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** A relationship in its stored direction. */
export interface WalkStep {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** Every relationship of each given node, both directions: one batched read. */
export type ExpandNodes = (ids: readonly string[]) => Promise<readonly WalkEdge[]>;

/** Where a walk may go. */
export interface WalkPolicy {
  /**
   * A node with more relationships than this is a hub: a walk may reach it but does not pass
   * through it. The start of a walk is always expanded.
   */
  readonly maxFanOut: number;
  /** False for a node a walk may reach but not pass through, judged by the edge reaching it. */
  readonly canPassThrough: (edge: WalkEdge) => boolean;
}

export interface PathSearch {
  readonly fromId: string;
  readonly toId: string;
  /** Longest path searched, in relationships. */
  readonly maxHops: number;
  /** Most paths returned. */
  readonly maxPaths: number;
}

/** One path: its nodes from start to end and the relationships between them, in order. */
export interface FoundPath {
  readonly nodeIds: string[];
  readonly steps: WalkStep[];
}

export interface NeighbourhoodSearch {
  readonly centreId: string;
  /** Hops from the centre. */
  readonly depth: number;
  /** Most nodes returned, the centre included. */
  readonly maxNodes: number;
}

export interface FoundNeighbourhood {
  /** The centre first, then nodes in the order the walk reached them. */
  readonly nodeIds: string[];
  /** Relationships between the nodes, each once. */
  readonly steps: WalkStep[];
  /** True when the node cap or a hub left out nodes within `depth`. */
  readonly truncated: boolean;
}

/** The relationship an edge stands for, in its stored direction. */
export function toWalkStep(edge: WalkEdge): WalkStep {
  const [from, to] =
    edge.direction === 'OUT' ? [edge.nodeId, edge.neighbourId] : [edge.neighbourId, edge.nodeId];
  return edge.properties === undefined
    ? { type: edge.type, from, to }
    : { type: edge.type, from, to, properties: edge.properties };
}

function stepKey(step: WalkStep): string {
  return `${step.type}\n${step.from}\n${step.to}`;
}

function compareEdges(a: WalkEdge, b: WalkEdge): number {
  return (
    a.type.localeCompare(b.type, 'en') ||
    a.neighbourId.localeCompare(b.neighbourId, 'en') ||
    a.direction.localeCompare(b.direction, 'en')
  );
}

/** The edges of each frontier node, self-loops dropped, in a stable order. */
async function expandFrontier(
  frontier: readonly string[],
  expand: ExpandNodes,
): Promise<Map<string, WalkEdge[]>> {
  const byNode = new Map<string, WalkEdge[]>(frontier.map((id) => [id, []]));
  for (const edge of await expand(frontier))
    if (edge.neighbourId !== edge.nodeId) byNode.get(edge.nodeId)?.push(edge);
  for (const edges of byNode.values()) edges.sort(compareEdges);
  return byNode;
}

interface Parent {
  readonly nodeId: string;
  readonly step: WalkStep;
}

/**
 * All shortest paths from `fromId` to `toId` of at most `maxHops` relationships (in either
 * direction), up to `maxPaths` of them in a stable order; none when the two are not
 * connected within the bounds. A node is never visited twice, so paths have no cycles, and
 * paths that differ only in the evidence of a relationship count once.
 */
export async function findShortestPaths(
  search: PathSearch,
  expand: ExpandNodes,
  policy: WalkPolicy,
): Promise<FoundPath[]> {
  const { fromId, toId } = search;
  if (fromId === toId) return [{ nodeIds: [fromId], steps: [] }];
  const hopsTo = new Map<string, number>([[fromId, 0]]);
  const parents = new Map<string, Parent[]>();
  let frontier = [fromId];
  for (let hop = 1; hop <= search.maxHops && frontier.length > 0; hop += 1) {
    const edgesByNode = await expandFrontier(frontier, expand);
    const next: string[] = [];
    for (const nodeId of frontier) {
      const edges = edgesByNode.get(nodeId) ?? [];
      if (nodeId !== fromId && edges.length > policy.maxFanOut) continue;
      for (const edge of edges) {
        const reached = hopsTo.get(edge.neighbourId);
        if (reached !== undefined && reached !== hop) continue;
        if (reached === undefined) {
          hopsTo.set(edge.neighbourId, hop);
          parents.set(edge.neighbourId, []);
          if (edge.neighbourId !== toId && policy.canPassThrough(edge)) next.push(edge.neighbourId);
        }
        addParent(parents.get(edge.neighbourId)!, { nodeId, step: toWalkStep(edge) });
      }
    }
    if (hopsTo.has(toId)) return listPaths(toId, fromId, parents, search.maxPaths);
    frontier = next;
  }
  return [];
}

function addParent(list: Parent[], parent: Parent): void {
  const key = stepKey(parent.step);
  if (!list.some((held) => stepKey(held.step) === key)) list.push(parent);
}

/** Walks the parent links back from the end, depth first, until `maxPaths` paths are found. */
function listPaths(
  toId: string,
  fromId: string,
  parents: ReadonlyMap<string, Parent[]>,
  maxPaths: number,
): FoundPath[] {
  const paths: FoundPath[] = [];
  const walk = (nodeId: string, nodes: string[], steps: WalkStep[]): void => {
    if (paths.length >= maxPaths) return;
    if (nodeId === fromId) {
      paths.push({ nodeIds: [...nodes].reverse(), steps: [...steps].reverse() });
      return;
    }
    for (const parent of parents.get(nodeId) ?? []) {
      walk(parent.nodeId, [...nodes, parent.nodeId], [...steps, parent.step]);
    }
  };
  walk(toId, [toId], []);
  return paths;
}

/**
 * Relationships grouped by type and dealt out in turns, one of each type per round, so that a
 * node cap leaves a sample of every kind of neighbour rather than the first kind only.
 */
export function interleaveByType(edges: readonly WalkEdge[]): WalkEdge[] {
  const byType = new Map<string, WalkEdge[]>();
  for (const edge of edges) {
    const list = byType.get(edge.type);
    if (list) list.push(edge);
    else byType.set(edge.type, [edge]);
  }
  const lists = [...byType.keys()].sort().map((type) => byType.get(type)!);
  const dealt: WalkEdge[] = [];
  for (let round = 0; dealt.length < edges.length; round += 1)
    for (const list of lists) if (round < list.length) dealt.push(list[round]!);
  return dealt;
}

/**
 * The nodes within `depth` hops of the centre and the relationships seen between them, at
 * most `maxNodes` nodes. Hubs (other than the centre) are not expanded; nodes the policy does
 * not pass through are shown but not expanded.
 */
export async function exploreNeighbourhood(
  search: NeighbourhoodSearch,
  expand: ExpandNodes,
  policy: WalkPolicy,
): Promise<FoundNeighbourhood> {
  const { centreId } = search;
  const kept = new Set([centreId]);
  const steps = new Map<string, WalkStep>();
  let truncated = false;
  let frontier = [centreId];
  for (let hop = 1; hop <= search.depth && frontier.length > 0; hop += 1) {
    const edgesByNode = await expandFrontier(frontier, expand);
    const next: string[] = [];
    for (const nodeId of frontier) {
      const edges = edgesByNode.get(nodeId) ?? [];
      if (nodeId !== centreId && edges.length > policy.maxFanOut) {
        truncated = true;
        continue;
      }
      for (const edge of interleaveByType(edges)) {
        if (!kept.has(edge.neighbourId)) {
          if (kept.size >= search.maxNodes) {
            truncated = true;
            continue;
          }
          kept.add(edge.neighbourId);
          if (policy.canPassThrough(edge)) next.push(edge.neighbourId);
        }
        const step = toWalkStep(edge);
        if (!steps.has(stepKey(step))) steps.set(stepKey(step), step);
      }
    }
    frontier = next;
  }
  return { nodeIds: [...kept], steps: [...steps.values()], truncated };
}
