import type { RankedSearch, SearchQuery } from '../../search/search-index.js';
import { searchTypeLabels } from '../../search/search-documents.js';
import type { ApiContext } from '../context.js';
import { resolveConnection, type LazyConnection } from '../pagination/connection.js';
import type { PageRequest } from '../pagination/page-window.js';
import { attachNodes, toSearchRequest, type SearchHitResult } from './search-hits.js';

/**
 * The rankings a request has asked for, by query: `totalCount` and the page, or two aliases of
 * one search on different pages, share one ranking. Kept with the request's context, so they
 * go when it does.
 */
const rankingsByRequest = new WeakMap<ApiContext, Map<string, Promise<RankedSearch>>>();

function rankOnce(ctx: ApiContext, request: SearchQuery): Promise<RankedSearch> {
  let rankings = rankingsByRequest.get(ctx);
  if (!rankings) rankingsByRequest.set(ctx, (rankings = new Map()));
  const key = JSON.stringify(request);
  let ranking = rankings.get(key);
  if (!ranking) rankings.set(key, (ranking = ctx.search.rank(request)));
  return ranking;
}

/**
 * Ranked hits for `search` as a connection: checks the arguments at once, then ranks once with
 * the server's search service for whatever the query selects (the page, `totalCount`, or
 * both), loads the page's nodes with one lookup per label (the index knows each hit's) and
 * cuts a hit's snippet only if the query asks for it.
 */
export function readSearchHits(
  ctx: ApiContext,
  args: PageRequest & Parameters<typeof toSearchRequest>[0],
): LazyConnection<SearchHitResult> {
  const request = toSearchRequest(args);
  return resolveConnection<SearchHitResult>(args, {
    async fetchPage(window) {
      const ranking = await rankOnce(ctx, request);
      const matches = await ranking.page(window.skip, window.limit);
      const nodes = await ctx.loaders.nodeByLabelledId.loadMany(
        matches.map(({ id, type }) => ({ id, label: searchTypeLabels[type] })),
      );
      return attachNodes(matches, nodes);
    },
    count: async () => (await rankOnce(ctx, request)).total,
  });
}
