import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import { readSearchHits } from '../questions/search.query.js';
import type { SearchHitResult } from '../questions/search-hits.js';
import { SearchArgs, SearchHit } from '../types/search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: pageComplexity,
    description:
      'Ranked full-text search over findings, recommendations, passages, sections, initiatives, partner agencies, units and figures, optionally only those of some forces, reports or themes: best match first, each with a snippet of its own text with the matching words marked «like this». Ranked in the server (BM25+), so results are the same whichever database holds the graph; see the `query` argument for how words match.',
  })
  search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<SearchHitResult[]> {
    return readSearchHits(ctx, args);
  }
}
