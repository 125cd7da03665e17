import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import { pageComplexity } from '../limits/field-complexity.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingPageArgs } from '../types/item-page.args.js';
import { pageFindings } from './item-pages.js';
import type { FindingNode, RecommendationNode, TopicNode } from '../nodes.js';
import { Topic } from '../types/topic.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], {
    complexity: relationshipComplexity,
    description: 'Every topic of the taxonomy, by name.',
  })
  topics(@Ctx() ctx: ApiContext): Promise<TopicNode[]> {
    return readNodes(ctx, ctx.queries.topicsAll, 'topic');
  }

  @Query(() => Topic, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One topic by id; null if there is none.',
  })
  topic(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<TopicNode | null> {
    return ctx.loaders.topicById.load(id);
  }

  @FieldResolver(() => FindingConnection, {
    complexity: pageComplexity,
    description: 'Findings tagged with this topic: newest report first, then in report order.',
  })
  async findings(
    @Root() parent: TopicNode,
    @Args(() => FindingPageArgs) args: FindingPageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<FindingNode>> {
    return pageFindings(await ctx.loaders.findingsByTopicId.load(parent.id), args);
  }

  @FieldResolver(() => RecommendationConnection, {
    complexity: pageComplexity,
    description:
      'Recommendations tagged with this topic: newest report first, then in report order.',
  })
  async recommendations(
    @Root() parent: TopicNode,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<RecommendationNode>> {
    return sliceConnection(await ctx.loaders.recommendationsByTopicId.load(parent.id), args);
  }
}
