import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceNode, JudgementNode } from '../nodes.js';
import { Force } from '../types/force.type.js';
import { Judgement } from '../types/judgement.type.js';

@Resolver(() => Force)
export class ForceTimelineResolver {
  @FieldResolver(() => [Judgement], {
    complexity: relationshipComplexity,
    description:
      "The force's grades across all its reports in date order: oldest report first, and within a report in the order it prints them.",
    deprecationReason:
      'Use `judgements(orderBy: { field: PUBLISHED_ON, direction: ASC })`, which also filters and pages.',
  })
  timeline(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<JudgementNode[]> {
    return ctx.loaders.timelineByForceId.load(force.id);
  }
}
