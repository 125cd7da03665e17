import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import type { LazyConnection } from '../pagination/connection.js';
import {
  findingList,
  readFilteredItems,
  recommendationList,
} from '../questions/filtered-items.query.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingsArgs, RecommendationsArgs } from '../types/item-filter.input.js';

@Resolver()
export class ItemListResolver {
  @Query(() => FindingConnection, {
    complexity: pageComplexity,
    description:
      'Findings across every report, filtered, ordered (newest report first unless `orderBy` says otherwise; each report in print order) and paged with `first` (at most 100) and `after`.',
  })
  findings(
    @Args(() => FindingsArgs) args: FindingsArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<FindingNode> {
    return readFilteredItems(ctx, findingList(ctx.queries), args);
  }

  @Query(() => RecommendationConnection, {
    complexity: pageComplexity,
    description:
      'Recommendations across every report, filtered, ordered (newest report first unless `orderBy` says otherwise; each report in print order) and paged with `first` (at most 100) and `after`.',
  })
  recommendations(
    @Args(() => RecommendationsArgs) args: RecommendationsArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<RecommendationNode> {
    return readFilteredItems(ctx, recommendationList(ctx.queries), args);
  }
}
