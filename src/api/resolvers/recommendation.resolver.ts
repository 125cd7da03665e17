import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import { Finding } from '../types/finding.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { createTextItemResolver } from './text-item.resolver.js';

@Resolver(() => Recommendation)
export class RecommendationResolver extends createTextItemResolver(
  Recommendation,
  'recommendation',
) {
  @FieldResolver(() => [Finding], {
    complexity: relationshipComplexity,
    description:
      'The area for improvement or cause of concern this recommendation follows and addresses.',
  })
  addresses(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<FindingNode[]> {
    return ctx.loaders.addressedFindingsByRecommendationId.load(recommendation.id);
  }
}
