import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import type { Connection } from '../pagination/connection.js';
import {
  findingList,
  pageNestedItems,
  recommendationList,
} from '../questions/filtered-items.query.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingsArgs, RecommendationsArgs } from '../types/item-filter.input.js';

/**
 * Where an entity's findings or recommendations come from: every item of the parent in list
 * order (newest report first, each report in print order), read for all parents of a level in
 * one query. `exactTheme` matters only to a theme's lists (its own items, not its sub-themes').
 */
export type ItemsOfParent<T> = (
  ctx: ApiContext,
  parentId: string,
  exactTheme: boolean,
) => Promise<T[]>;

/** Where an entity's findings and recommendations come from, and how its fields describe them. */
export interface ItemPagesSource {
  findings: ItemsOfParent<FindingNode>;
  recommendations: ItemsOfParent<RecommendationNode>;
  findingsDescription: string;
  recommendationsDescription: string;
}

/**
 * The paged `findings` and `recommendations` fields a report, a force, a theme and a topic
 * share, with the same filter and order arguments as the root lists: the items come from the
 * parent's loader, the filter from one ids query per distinct filter, the page is cut here.
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
    ): Promise<Connection<FindingNode>> {
      const items = await source.findings(ctx, parent.id, args.filter?.exactTheme ?? false);
      return pageNestedItems(ctx, findingList(ctx.queries), items, args);
    }

    @FieldResolver(() => RecommendationConnection, {
      complexity: pageComplexity,
      description: source.recommendationsDescription,
    })
    async recommendations(
      @Root() parent: { id: string },
      @Args(() => RecommendationsArgs) args: RecommendationsArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<Connection<RecommendationNode>> {
      const items = await source.recommendations(ctx, parent.id, args.filter?.exactTheme ?? false);
      return pageNestedItems(ctx, recommendationList(ctx.queries), items, args);
    }
  }
  return ItemPagesResolver;
}
