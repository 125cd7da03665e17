import type { SearchType } from '../../search/search-documents.js';
import type { ApiContext } from '../context.js';
import { attachNodes, toSearchRequest, type SearchHitResult } from './search-hits.js';

/**
 * Ranked hits for `search`: checks the arguments, ranks with the server's search service and
 * loads the hits' nodes with one batched query.
 */
export async function readSearchHits(
  ctx: ApiContext,
  args: {
    query: string;
    types?: readonly SearchType[] | null;
    first: number;
    forceIds?: readonly string[] | null;
    reportIds?: readonly string[] | null;
    themeIds?: readonly string[] | null;
  },
): Promise<SearchHitResult[]> {
  const request = {
    ...toSearchRequest(args.query, args.types, args.first),
    forceIds: args.forceIds ?? null,
    reportIds: args.reportIds ?? null,
    themeIds: args.themeIds ?? null,
  };
  const matches = await ctx.search.search(request);
  return attachNodes(matches, await ctx.loaders.nodeById.loadMany(matches.map((m) => m.id)));
}
