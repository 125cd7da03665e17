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
      "The force's grades in year order, each marked `stated`: the grades its reports give (THIS_REPORT) and the grades they state earlier inspections gave (EARLIER, e.g. 'graded Fair in the 2006 baseline'). Within a year an earlier inspection's grade comes first, then oldest report first, each report in the order it prints them. `timeline { stated year theme { id } grade }` shows whether a grade changed.",
  })
  timeline(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<JudgementNode[]> {
    return ctx.loaders.timelineByForceId.load(force.id);
  }
}
