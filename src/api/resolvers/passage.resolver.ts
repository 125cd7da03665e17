import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type {
  FootnoteNode,
  PassageNode,
  ReportNode,
  SectionNode,
  ThemeNode,
  TopicNode,
} from '../nodes.js';
import type { LazyConnection } from '../pagination/connection.js';
import { readFilteredList, toPassageFilterParams } from '../questions/report-text-filters.js';
import { Evidence } from '../types/evidence.type.js';
import { Footnote } from '../types/footnote.type.js';
import { Mention } from '../types/links.type.js';
import { Passage, PassageConnection } from '../types/passage.type.js';
import { PassagesArgs } from '../types/passage-filter.input.js';
import { Report } from '../types/report.type.js';
import { Section } from '../types/section.type.js';
import { Theme } from '../types/theme.type.js';
import { Topic, TopicTag } from '../types/topic.type.js';
import { toEvidence } from './evidence.js';
import { loadMentions, loadTopicTags } from './item-links.js';

@Resolver(() => Passage)
export class PassageResolver {
  @Query(() => Passage, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'One passage by id; null if there is none.',
  })
  passage(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<PassageNode | null> {
    return ctx.loaders.passageById.load(id);
  }

  @Query(() => PassageConnection, {
    complexity: pageComplexity,
    description:
      'Passages across every report, filtered and paged: newest report first, then in reading order. Page with `first` (at most 100) and `after`; for words, use `search`.',
  })
  passages(
    @Args(() => PassagesArgs) args: PassagesArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<PassageNode> {
    const { passagesFiltered: page, passagesFilteredCount: count } = ctx.queries;
    return readFilteredList(
      ctx,
      { name: 'passages', page, count, column: 'passage' },
      args,
      toPassageFilterParams(args.filter),
    );
  }

  @FieldResolver(() => Evidence, {
    description: 'Where the report prints the passage: section path, lines, opening words.',
  })
  evidence(@Root() passage: PassageNode): Evidence {
    return toEvidence(passage);
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report the passage belongs to.',
  })
  async report(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(passage.reportId ?? '')) ??
      notFound('Report of passage', passage.id)
    );
  }

  @FieldResolver(() => Section, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'The innermost section the passage is printed in.',
  })
  section(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<SectionNode | null> {
    return ctx.loaders.sectionByItemId.load(passage.id);
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      'The deepest inspection theme whose section holds the passage; null outside themes (introductions, annexes).',
  })
  theme(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
    return ctx.loaders.themeByItemId.load(passage.id);
  }

  @FieldResolver(() => [Mention], {
    complexity: relationshipComplexity,
    description:
      'Partner agencies, units, initiatives and forces the passage names, each with the sentence.',
  })
  mentions(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<Mention[]> {
    return loadMentions(ctx, passage.id);
  }

  @FieldResolver(() => [TopicTag], {
    complexity: relationshipComplexity,
    description: 'Topics the passage is about, each with the cue in the text that matched.',
  })
  tags(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<TopicTag[]> {
    return loadTopicTags(ctx, passage.id);
  }

  @FieldResolver(() => [Topic], {
    complexity: relationshipComplexity,
    description: 'Topics the passage is about (see `tags` for the cues).',
  })
  async topics(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<TopicNode[]> {
    return (await loadTopicTags(ctx, passage.id)).map((tag) => tag.topic);
  }

  @FieldResolver(() => [Footnote], {
    complexity: relationshipComplexity,
    description: 'The footnotes the passage marks, in order.',
  })
  footnotes(@Root() passage: PassageNode, @Ctx() ctx: ApiContext): Promise<FootnoteNode[]> {
    return ctx.loaders.footnotesByItemId.load(passage.id);
  }
}
