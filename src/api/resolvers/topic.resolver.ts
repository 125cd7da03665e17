import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { createItemPagesResolver } from './item-pages.resolver.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { TopicNode } from '../nodes.js';
import { Topic } from '../types/topic.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Topic)
export class TopicResolver extends createItemPagesResolver(Topic, {
  findings: (ctx, id) => ctx.loaders.findingKeysByTopicId.load(id),
  recommendations: (ctx, id) => ctx.loaders.recommendationKeysByTopicId.load(id),
  findingsDescription:
    'Findings tagged with this topic, filtered and ordered as the root `findings` (newest report first, each in print order).',
  recommendationsDescription:
    'Recommendations tagged with this topic, filtered and ordered as the root `recommendations` (newest report first, each in print order).',
}) {
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
}
