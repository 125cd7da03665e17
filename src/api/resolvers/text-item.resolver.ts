import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceNode, ProvenanceProps, ReportNode, ThemeNode, TopicNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Force } from '../types/force.type.js';
import { Mention } from '../types/links.type.js';
import { Report } from '../types/report.type.js';
import { Theme } from '../types/theme.type.js';
import { Topic, TopicTag } from '../types/topic.type.js';
import { toEvidence } from './evidence.js';
import { loadMentions, loadTopicTags } from './item-links.js';

/** What findings and recommendations have in common: an id and the report's provenance. */
type TextItem = ProvenanceProps & { id: string };

/**
 * The fields findings and recommendations share: evidence, report, force, theme, topics and
 * mentions. `noun` words the descriptions ("finding", "recommendation").
 */
export function createTextItemResolver(itemType: ClassType, noun: string) {
  @Resolver(() => itemType)
  abstract class TextItemResolver {
    @FieldResolver(() => Evidence, { description: `Where the report prints this ${noun}.` })
    evidence(@Root() item: TextItem): Evidence {
      return toEvidence(item);
    }

    @FieldResolver(() => Report, {
      complexity: relationshipComplexity,
      description: `The report the ${noun} comes from.`,
    })
    async report(@Root() item: TextItem, @Ctx() ctx: ApiContext): Promise<ReportNode> {
      return (
        (await ctx.loaders.reportById.load(item.reportId ?? '')) ??
        notFound(`Report of ${noun}`, item.id)
      );
    }

    @FieldResolver(() => Force, {
      complexity: relationshipComplexity,
      description: `The force the ${noun} is about.`,
    })
    async force(@Root() item: TextItem, @Ctx() ctx: ApiContext): Promise<ForceNode> {
      return (
        (await ctx.loaders.forceByReportId.load(item.reportId ?? '')) ??
        notFound(`Force of ${noun}`, item.id)
      );
    }

    @FieldResolver(() => Theme, {
      nullable: true,
      complexity: relationshipComplexity,
      description: `The inspection theme the ${noun} sits under.`,
    })
    theme(@Root() item: TextItem, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
      return ctx.loaders.themeByItemId.load(item.id);
    }

    @FieldResolver(() => [Topic], {
      complexity: relationshipComplexity,
      description: `Topics the ${noun} is about (see \`tags\` for the matching cues).`,
    })
    async topics(@Root() item: TextItem, @Ctx() ctx: ApiContext): Promise<TopicNode[]> {
      return (await loadTopicTags(ctx, item.id)).map((tag) => tag.topic);
    }

    @FieldResolver(() => [TopicTag], {
      complexity: relationshipComplexity,
      description: 'Topics with the cue in the text that matched each.',
    })
    tags(@Root() item: TextItem, @Ctx() ctx: ApiContext): Promise<TopicTag[]> {
      return loadTopicTags(ctx, item.id);
    }

    @FieldResolver(() => [Mention], {
      complexity: relationshipComplexity,
      description: 'Partner agencies, units, initiatives and forces the text names.',
    })
    mentions(@Root() item: TextItem, @Ctx() ctx: ApiContext): Promise<Mention[]> {
      return loadMentions(ctx, item.id);
    }
  }
  return TextItemResolver;
}
