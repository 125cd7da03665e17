import type { SearchType } from '../../search/search-documents.js';
import type { ApiContext } from '../context.js';
import { attachNodes, toSearchRequest, type SearchHitResult } from './search-hits.js';

/**
 * Ranked hits for `search`: checks the arguments, ranks with the server's search service and
 * loads the hits' nodes with one batched query.
 */
export async function readSearchHits(
  ctx: ApiContext,
  args: { query: string; types?: readonly SearchType[] | null; first: number },
): Promise<SearchHitResult[]> {
  const request = toSearchRequest(args.query, args.types, args.first);
  const matches = await ctx.search.search(request);
  return attachNodes(matches, await ctx.loaders.nodeById.loadMany(matches.map((m) => m.id)));
}
