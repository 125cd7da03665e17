import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import { readSearchHits } from '../questions/search.query.js';
import type { SearchHitResult } from '../questions/search-hits.js';
import type { LazyConnection } from '../pagination/connection.js';
import { SearchArgs, SearchHitConnection } from '../types/search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    complexity: pageComplexity,
    description:
      'Ranked full-text search over findings, recommendations, passages, sections, initiatives, partner agencies, units and figures, optionally only those of some forces, reports or themes: best match first, each with a snippet of its own text with the matching words marked «like this», paged with `first` (at most 100) and `after`, `totalCount` counting every match. Ranked in the server (BM25+), so results are the same whichever database holds the graph; see the `query` argument for how words match.',
  })
  search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<SearchHitResult> {
    return readSearchHits(ctx, args);
  }
}
