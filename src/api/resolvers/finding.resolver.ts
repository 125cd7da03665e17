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

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Evidence, { description: 'Where the report prints this finding.' })
  evidence(@Root() finding: FindingNode): Evidence {
    return toEvidence(finding);
  }

  @FieldResolver(() => Report, { description: 'The report the finding comes from.' })
  async report(@Root() finding: FindingNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(finding.reportId ?? '')) ??
      notFound('Report of finding', finding.id)
    );
  }

  @FieldResolver(() => Force, { description: 'The force the finding is about.' })
  async force(@Root() finding: FindingNode, @Ctx() ctx: ApiContext): Promise<ForceNode> {
    return (
      (await ctx.loaders.forceByReportId.load(finding.reportId ?? '')) ??
      notFound('Force of finding', finding.id)
    );
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    description: 'The inspection theme the finding sits under.',
  })
  theme(@Root() finding: FindingNode, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
    return ctx.loaders.themeByItemId.load(finding.id);
  }

  @FieldResolver(() => [Topic], {
    description: 'Topics the finding is about (see `tags` for the matching cues).',
  })
  async topics(@Root() finding: FindingNode, @Ctx() ctx: ApiContext): Promise<TopicNode[]> {
    return (await loadTopicTags(ctx, finding.id)).map((tag) => tag.topic);
  }

  @FieldResolver(() => [TopicTag], {
    description: 'Topics with the cue in the text that matched each.',
  })
  tags(@Root() finding: FindingNode, @Ctx() ctx: ApiContext): Promise<TopicTag[]> {
    return loadTopicTags(ctx, finding.id);
  }

  @FieldResolver(() => [Mention], {
    description: 'Partner agencies, units, initiatives and forces the text names.',
  })
  mentions(@Root() finding: FindingNode, @Ctx() ctx: ApiContext): Promise<Mention[]> {
    return loadMentions(ctx, finding.id);
  }

  @FieldResolver(() => [Recommendation], {
    description: 'Recommendations the report makes to address this finding.',
  })
  recommendations(
    @Root() finding: FindingNode,
    @Ctx() ctx: ApiContext,
  ): Promise<RecommendationNode[]> {
    return ctx.loaders.recommendationsByFindingId.load(finding.id);
  }
}
