import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import { Finding } from '../types/finding.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { createTextItemResolver } from './text-item.resolver.js';

@Resolver(() => Finding)
export class FindingResolver extends createTextItemResolver(Finding, 'finding') {
  @FieldResolver(() => [Recommendation], {
    complexity: relationshipComplexity,
    description: 'Recommendations the report makes to address this finding.',
  })
  recommendations(
    @Root() finding: FindingNode,
    @Ctx() ctx: ApiContext,
  ): Promise<RecommendationNode[]> {
    return ctx.loaders.recommendationsByFindingId.load(finding.id);
  }
}
