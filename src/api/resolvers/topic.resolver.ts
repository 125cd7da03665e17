import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { TopicNode } from '../nodes.js';
import { Topic } from '../types/topic.type.js';
import { loadNodeOfLabel } from './evidence.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: 'Every topic of the taxonomy, by name.' })
  topics(@Ctx() ctx: ApiContext): Promise<TopicNode[]> {
    return readNodes(ctx, ctx.queries.topicsAll, 'topic');
  }

  @Query(() => Topic, { nullable: true, description: 'One topic by id; null if there is none.' })
  topic(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<TopicNode | null> {
    return loadNodeOfLabel(ctx, id, 'Topic');
  }
}
