import type { NodeLabel, RelationshipType } from '../../domain/model.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import type { AnyNode, ProvenanceProps } from '../nodes.js';
import { toOptionalEvidence } from '../resolvers/evidence.js';
import {
  exploreNeighbourhood,
  findShortestPaths,
  type FoundPath,
  type WalkStep,
} from './graph-walk.js';
import {
  checkWholeNumber,
  maxNeighbourhoodDepth,
  maxNeighbourhoodNodes,
  maxPathCount,
  maxPathHops,
} from './question-bounds.js';
import { createCachedExpand } from './walk-edges.query.js';
import { apiWalkPolicy, listNeighbourLabels } from './walk-policy.js';

/** The nodes with these ids, in one batched read; NOT_FOUND for any that is missing. */
async function loadNodes(ctx: ApiContext, ids: readonly string[]): Promise<Map<string, AnyNode>> {
  const unique = [...new Set(ids)];
  const nodes = await ctx.loaders.nodeById.loadMany(unique);
  return new Map(
    unique.map((id, i) => {
      const node = nodes[i];
      return [id, node && !(node instanceof Error) ? node : notFound('Node', id)];
    }),
  );
}

/** The labels a node can have at one end of a step: the graph model's pairs for its type. */
function labelsAt(step: WalkStep, nodeId: string): NodeLabel[] {
  return listNeighbourLabels(step.type, step.to === nodeId ? 'OUT' : 'IN');
}

/**
 * The nodes of the paths, in one batched read per label: each node is read with the label its
 * steps leave it (the labels every step touching it allows; a mention reaching an initiative
 * and a RUNS leaving it make it an Initiative), where they leave one, so most need no read of
 * their label.
 */
async function loadPathNodes(
  ctx: ApiContext,
  paths: readonly FoundPath[],
): Promise<Map<string, AnyNode>> {
  const labels = new Map<string, Set<NodeLabel>>();
  for (const { steps } of paths)
    for (const step of steps)
      for (const id of [step.from, step.to]) {
        const allowed = labelsAt(step, id);
        const held = labels.get(id);
        labels.set(id, new Set(held ? allowed.filter((l) => held.has(l)) : allowed));
      }
  const ids = [...new Set(paths.flatMap((path) => path.nodeIds))];
  const nodes = await Promise.all(
    ids.map(async (id) => {
      const [label, ...others] = labels.get(id) ?? [];
      const node =
        label && others.length === 0 && (await ctx.loaders.nodeByLabelledId.load({ id, label }));
      return node || ctx.loaders.nodeById.load(id);
    }),
  );
  return new Map(ids.map((id, i) => [id, nodes[i] ?? notFound('Node', id)]));
}

function toPathStep(step: WalkStep) {
  const evidence = toOptionalEvidence((step.properties ?? {}) as unknown as ProvenanceProps);
  // The walk reads relationship types from the graph model's relationships only.
  return { type: step.type as RelationshipType, from: step.from, to: step.to, evidence };
}

/**
 * All shortest paths (up to `maxPathCount`) between two entities within `maxHops`
 * relationships. NOT_FOUND for an unknown id, BAD_USER_INPUT for `maxHops` out of range.
 */
export async function readPaths(ctx: ApiContext, fromId: string, toId: string, maxHops: number) {
  checkWholeNumber('maxHops', maxHops, 1, maxPathHops);
  await loadNodes(ctx, [fromId, toId]);
  const search = { fromId, toId, maxHops, maxPaths: maxPathCount };
  const paths = await findShortestPaths(search, createCachedExpand(ctx), apiWalkPolicy);
  const nodes = await loadPathNodes(ctx, paths);
  return paths.map((path) => ({
    length: path.steps.length,
    nodes: path.nodeIds.map((id) => nodes.get(id)!),
    relationships: path.steps.map(toPathStep),
  }));
}

/**
 * The entities within `depth` relationships of one entity, at most `maxNodes`. NOT_FOUND for
 * an unknown id, BAD_USER_INPUT for `depth` or `maxNodes` out of range.
 */
export async function readNeighbourhood(
  ctx: ApiContext,
  centreId: string,
  depth: number,
  maxNodes: number,
) {
  checkWholeNumber('depth', depth, 0, maxNeighbourhoodDepth);
  checkWholeNumber('maxNodes', maxNodes, 1, maxNeighbourhoodNodes);
  await loadNodes(ctx, [centreId]);
  const found = await exploreNeighbourhood(
    { centreId, depth, maxNodes },
    createCachedExpand(ctx),
    apiWalkPolicy,
  );
  const nodes = await loadNodes(ctx, found.nodeIds);
  return {
    centre: nodes.get(centreId)!,
    nodes: found.nodeIds.map((id) => nodes.get(id)!),
    relationships: found.steps.map(toPathStep),
    truncated: found.truncated,
  };
}
