import type { ApiContext } from '../context.js';
import type { ExpandNodes, WalkEdge } from './graph-walk.js';
import { toWalkEdge } from './walk-policy.js';

/**
 * Most relationships kept between requests (each is kept once per end that was expanded); a
 * walk that needs more reads the rest from the store, as every walk did before there was a
 * cache. About a kilobyte each with its evidence, so this bounds the cache near 50 MB.
 */
export const maxKeptWalkEdges = 50_000;

/** The relationships of each node some walk has expanded, for one version of the graph. */
interface KeptWalkEdges {
  readonly byNode: Map<string, Promise<readonly WalkEdge[]>>;
  count: number;
}

/**
 * One hop of a walk: the relationships of the whole frontier. A node's relationships are read
 * once per version of the graph and kept (`derived-cache.ts`), so the hubs every walk crosses
 * (a force, a multi-agency arrangement) and a repeated question cost no read; the nodes not yet
 * seen are read in one batched query. A failed read is not kept.
 */
export function createCachedExpand(ctx: ApiContext): ExpandNodes {
  return async (ids) => {
    const kept = await ctx.derived.get<KeptWalkEdges>('walk-edges', () =>
      Promise.resolve({ byNode: new Map(), count: 0 }),
    );
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !kept.byNode.has(id));
    const read =
      missing.length === 0
        ? undefined
        : ctx.store
            .read(ctx.queries.neighboursByIds, { ids: missing })
            .then((rows) => groupByNode(missing, rows.map(toWalkEdge)));
    if (read && kept.count < maxKeptWalkEdges) {
      for (const id of missing)
        kept.byNode.set(
          id,
          read.then((byNode) => byNode.get(id)!),
        );
      read.then(
        (byNode) => {
          for (const edges of byNode.values()) kept.count += edges.length;
        },
        () => {
          for (const id of missing) kept.byNode.delete(id);
        },
      );
    }
    const readNow = await read;
    const lists = await Promise.all(unique.map((id) => readNow?.get(id) ?? kept.byNode.get(id)!));
    return lists.flat();
  };
}

function groupByNode(ids: readonly string[], edges: readonly WalkEdge[]): Map<string, WalkEdge[]> {
  const byNode = new Map<string, WalkEdge[]>(ids.map((id) => [id, []]));
  for (const edge of edges) byNode.get(edge.nodeId)?.push(edge);
  return byNode;
}
