import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { FindingNode, RecommendationNode } from '../nodes.js';
import { AddressedFinding } from '../types/addressed-finding.type.js';
import { Finding } from '../types/finding.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { toEvidence } from './evidence.js';
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
  async addresses(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<FindingNode[]> {
    const links = await ctx.loaders.addressedFindingsByRecommendationId.load(recommendation.id);
    return links.map(({ node }) => node);
  }

  @FieldResolver(() => [AddressedFinding], {
    complexity: relationshipComplexity,
    description:
      'The finding this recommendation addresses (as `addresses`), each with where the report ties them: the marker line that introduces the recommendation under its finding.',
  })
  async addressing(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<AddressedFinding[]> {
    const links = await ctx.loaders.addressedFindingsByRecommendationId.load(recommendation.id);
    return links.map(({ node, link }) => ({ finding: node, evidence: toEvidence(link) }));
  }
}
