import type { ApiContext } from '../context.js';
import { resolveConnection, type LazyConnection } from '../pagination/connection.js';
import type { PageRequest } from '../pagination/page-window.js';
import { attachNodes, toSearchRequest, type SearchHitResult } from './search-hits.js';

/**
 * Ranked hits for `search` as a connection: checks the arguments at once, then ranks with the
 * server's search service for the page asked for (snippets only for it) and loads its nodes
 * with one batched query; `totalCount` counts every match without loading nodes.
 */
export function readSearchHits(
  ctx: ApiContext,
  args: PageRequest & Parameters<typeof toSearchRequest>[0],
): LazyConnection<SearchHitResult> {
  const request = toSearchRequest(args);
  return resolveConnection<SearchHitResult>(
    args,
    {
      async fetchPage(window) {
        const page = { ...request, offset: window.skip, limit: window.limit };
        const matches = await ctx.search.search(page);
        return attachNodes(matches, await ctx.loaders.nodeById.loadMany(matches.map((m) => m.id)));
      },
      count: () => ctx.search.count(request),
    },
    ctx.graphVersion,
  );
}
