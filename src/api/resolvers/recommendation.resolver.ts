import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type {
  FindingNode,
  ForceNode,
  RecommendationNode,
  ReportNode,
  ThemeNode,
  TopicNode,
} from '../nodes.js';
import { notFound } from '../errors.js';
import { Evidence } from '../types/evidence.type.js';
import { Finding } from '../types/finding.type.js';
import { Force } from '../types/force.type.js';
import { Mention } from '../types/links.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { Report } from '../types/report.type.js';
import { Theme } from '../types/theme.type.js';
import { Topic, TopicTag } from '../types/topic.type.js';
import { toEvidence } from './evidence.js';
import { loadMentions, loadTopicTags } from './item-links.js';

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => Evidence, { description: 'Where the report prints this recommendation.' })
  evidence(@Root() recommendation: RecommendationNode): Evidence {
    return toEvidence(recommendation);
  }

  @FieldResolver(() => Report, { description: 'The report that makes the recommendation.' })
  async report(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(recommendation.reportId ?? '')) ??
      notFound('Report of recommendation', recommendation.id)
    );
  }

  @FieldResolver(() => Force, { description: 'The force the recommendation is made to.' })
  async force(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<ForceNode> {
    return (
      (await ctx.loaders.forceByReportId.load(recommendation.reportId ?? '')) ??
      notFound('Force of recommendation', recommendation.id)
    );
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    description: 'The inspection theme of the recommendation.',
  })
  theme(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<ThemeNode | null> {
    return ctx.loaders.themeByItemId.load(recommendation.id);
  }

  @FieldResolver(() => [Topic], {
    description: 'Topics the recommendation is about (see `tags` for the matching cues).',
  })
  async topics(
    @Root() recommendation: RecommendationNode,
    @Ctx() ctx: ApiContext,
  ): Promise<TopicNode[]> {
    return (await loadTopicTags(ctx, recommendation.id)).map((tag) => tag.topic);
  }

  @FieldResolver(() => [TopicTag], {
    description: 'Topics with the cue in the text that matched each.',
  })
  tags(@Root() recommendation: RecommendationNode, @Ctx() ctx: ApiContext): Promise<TopicTag[]> {
    return loadTopicTags(ctx, recommendation.id);
  }

  @FieldResolver(() => [Mention], {
    description: 'Partner agencies, units, initiatives and forces the text names.',
  })
  mentions(@Root() recommendation: RecommendationNode, @Ctx() ctx: ApiContext): Promise<Mention[]> {
    return loadMentions(ctx, recommendation.id);
  }

  @FieldResolver(() => [Finding], {
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
