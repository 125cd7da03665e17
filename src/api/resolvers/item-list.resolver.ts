import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import type { LazyConnection } from '../pagination/connection.js';
import { readFilteredItems } from '../questions/filtered-items.query.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingsArgs, RecommendationsArgs } from '../types/item-filter.input.js';

@Resolver()
export class ItemListResolver {
  @Query(() => FindingConnection, {
    complexity: pageComplexity,
    description:
      'Findings across every report, filtered and paged: newest report first, then in report order. Page with `first` (at most 100) and `after`.',
  })
  findings(
    @Args(() => FindingsArgs) args: FindingsArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<FindingNode> {
    const { findingsFiltered: page, findingsFilteredCount: count } = ctx.queries;
    return readFilteredItems(ctx, { page, count, column: 'finding', type: 'FINDING' }, args);
  }

  @Query(() => RecommendationConnection, {
    complexity: pageComplexity,
    description:
      'Recommendations across every report, filtered and paged: newest report first, then in report order. Page with `first` (at most 100) and `after`.',
  })
  recommendations(
    @Args(() => RecommendationsArgs) args: RecommendationsArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<RecommendationNode> {
    const { recommendationsFiltered: page, recommendationsFilteredCount: count } = ctx.queries;
    const list = { page, count, column: 'recommendation', type: 'RECOMMENDATION' } as const;
    return readFilteredItems(ctx, list, args);
  }
}
