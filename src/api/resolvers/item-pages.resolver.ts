import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import type { FindingNode, ItemKey, RecommendationNode } from '../nodes.js';
import type { LazyConnection } from '../pagination/connection.js';
import {
  findingList,
  pageNestedItemKeys,
  recommendationList,
} from '../questions/filtered-items.query.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingsArgs, RecommendationsArgs } from '../types/item-filter.input.js';

/**
 * Where an entity's findings or recommendations come from: the keys (id, report, kind) of every
 * item of the parent in list order (newest report first, each report in print order), read for
 * all parents of a level in one query; the page's items are then read by id. `exactTheme`
 * matters only to a theme's lists (its own items, not its sub-themes').
 */
export type ItemsOfParent = (
  ctx: ApiContext,
  parentId: string,
  exactTheme: boolean,
) => Promise<ItemKey[]>;

/** Where an entity's findings and recommendations come from, and how its fields describe them. */
export interface ItemPagesSource {
  findings: ItemsOfParent;
  recommendations: ItemsOfParent;
  findingsDescription: string;
  recommendationsDescription: string;
}

/**
 * The paged `findings` and `recommendations` fields a report, a force, a theme and a topic
 * share, with the same filter and order arguments as the root lists: the items' keys come from
 * the parent's loader, the filter from one ids query per distinct filter, the page is cut here
 * and only its items are read.
 */
export function createItemPagesResolver(parentType: ClassType, source: ItemPagesSource) {
  @Resolver(() => parentType)
  abstract class ItemPagesResolver {
    @FieldResolver(() => FindingConnection, {
      complexity: pageComplexity,
      description: source.findingsDescription,
    })
    async findings(
      @Root() parent: { id: string },
      @Args(() => FindingsArgs) args: FindingsArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<LazyConnection<FindingNode>> {
      const keys = await source.findings(ctx, parent.id, args.filter?.exactTheme ?? false);
      return pageNestedItemKeys(ctx, findingList(ctx.queries), keys, args, ctx.loaders.findingById);
    }

    @FieldResolver(() => RecommendationConnection, {
      complexity: pageComplexity,
      description: source.recommendationsDescription,
    })
    async recommendations(
      @Root() parent: { id: string },
      @Args(() => RecommendationsArgs) args: RecommendationsArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<LazyConnection<RecommendationNode>> {
      const keys = await source.recommendations(ctx, parent.id, args.filter?.exactTheme ?? false);
      const list = recommendationList(ctx.queries);
      return pageNestedItemKeys(ctx, list, keys, args, ctx.loaders.recommendationById);
    }
  }
  return ItemPagesResolver;
}
