import type DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import type { Loaders } from '../loaders.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingPageArgs } from '../types/item-page.args.js';

/** Where an entity's findings and recommendations come from, and how its fields describe them. */
export interface ItemPagesSource {
  findings: (loaders: Loaders) => DataLoader<string, FindingNode[]>;
  recommendations: (loaders: Loaders) => DataLoader<string, RecommendationNode[]>;
  findingsDescription: string;
  recommendationsDescription: string;
}

/**
 * The paged `findings` and `recommendations` fields a force, a theme and a topic share. The
 * loader fetches every item for all parents of a level in one query (so listing many forces
 * stays one round trip); the page is cut here.
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
      @Args(() => FindingPageArgs) args: FindingPageArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<Connection<FindingNode>> {
      const findings = await source.findings(ctx.loaders).load(parent.id);
      const kinds = args.kinds;
      return sliceConnection(
        kinds ? findings.filter((f) => kinds.includes(f.kind as never)) : findings,
        args,
      );
    }

    @FieldResolver(() => RecommendationConnection, {
      complexity: pageComplexity,
      description: source.recommendationsDescription,
    })
    async recommendations(
      @Root() parent: { id: string },
      @Args(() => ConnectionArgs) args: ConnectionArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<Connection<RecommendationNode>> {
      return sliceConnection(await source.recommendations(ctx.loaders).load(parent.id), args);
    }
  }
  return ItemPagesResolver;
}
