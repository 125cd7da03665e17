import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findingKinds, isFindingKind } from '../../domain/finding-kinds.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type {
  FindingNode,
  RecommendationNode,
  ReportNode,
  SectionNode,
  ThemeNode,
} from '../nodes.js';
import type { Connection, LazyConnection } from '../pagination/connection.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import {
  findingList,
  pageNestedItems,
  recommendationList,
} from '../questions/filtered-items.query.js';
import { readFilteredList, toSectionFilterParams } from '../questions/report-text-filters.js';
import { Evidence, LineSpan } from '../types/evidence.type.js';
import { FindingKind } from '../types/finding.type.js';
import { FindingConnection, RecommendationConnection } from '../types/item-connection.type.js';
import { FindingsArgs, RecommendationsArgs } from '../types/item-filter.input.js';
import { PassageConnection } from '../types/passage.type.js';
import { Report } from '../types/report.type.js';
import { FindingCount, Section, SectionConnection } from '../types/section.type.js';
import { SectionsArgs } from '../types/section-filter.input.js';
import { Theme } from '../types/theme.type.js';
import { toEvidence } from './evidence.js';
import { loadPassagePage } from './passage-pages.js';

@Resolver(() => Section)
export class SectionResolver {
  @Query(() => Section, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'One section by id; null if there is none.',
  })
  section(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<SectionNode | null> {
    return ctx.loaders.sectionById.load(id);
  }

  @Query(() => SectionConnection, {
    complexity: pageComplexity,
    description:
      'Sections across every report, filtered and paged: newest report first, then in reading order. `filter: { standards: true, printedNone: AREA_FOR_IMPROVEMENT }` lists the major crime standards with no areas for improvement.',
  })
  sections(
    @Args(() => SectionsArgs) args: SectionsArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<SectionNode> {
    const { sectionsFiltered: page, sectionsFilteredCount: count } = ctx.queries;
    return readFilteredList(
      ctx,
      { name: 'sections', page, count, column: 'section' },
      args,
      toSectionFilterParams(args.filter),
    );
  }

  @FieldResolver(() => LineSpan, { description: "The section's lines, heading included." })
  lines(@Root() section: SectionNode): LineSpan {
    return { start: section.lineStart, end: section.lineEnd };
  }

  @FieldResolver(() => [FindingKind], {
    description:
      'The finding kinds whose list in this section (or a section inside it) the report prints as "None.": none by the report\'s word. A kind with no findings that is not listed here was not printed, or not extracted.',
  })
  printedNone(@Root() section: SectionNode): FindingKind[] {
    return (section.printedNone ?? []).filter(isFindingKind);
  }

  @FieldResolver(() => Evidence, {
    description: 'Where the report prints the section: its path, lines and heading as the quote.',
  })
  evidence(@Root() section: SectionNode): Evidence {
    return toEvidence({ ...section, section: section.path, quote: section.heading });
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report the section belongs to.',
  })
  async report(@Root() section: SectionNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(section.reportId)) ??
      notFound('Report of section', section.id)
    );
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      'The deepest inspection theme whose heading is at or above this one; null outside themes.',
  })
  theme(@Root() section: SectionNode, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
    return ctx.loaders.themeByItemId.load(section.id);
  }

  @FieldResolver(() => Section, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'The section this one sits in; null for a top-level section.',
  })
  parent(@Root() section: SectionNode, @Ctx() ctx: ApiContext): Promise<SectionNode | null> {
    return ctx.loaders.sectionByItemId.load(section.id);
  }

  @FieldResolver(() => [Section], {
    complexity: relationshipComplexity,
    description: 'The sections directly inside this one, in reading order.',
  })
  children(@Root() section: SectionNode, @Ctx() ctx: ApiContext): Promise<SectionNode[]> {
    return ctx.loaders.sectionsByParentId.load(section.id);
  }

  @FieldResolver(() => FindingConnection, {
    complexity: pageComplexity,
    description:
      'The findings listed in this section and the sections inside it, in report order, filtered and ordered as the root `findings`.',
  })
  async findings(
    @Root() section: SectionNode,
    @Args(() => FindingsArgs) args: FindingsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<FindingNode>> {
    const findings = await ctx.loaders.findingsBySectionId.load(section.id);
    return pageNestedItems(ctx, findingList(ctx.queries), findings, args);
  }

  @FieldResolver(() => [FindingCount], {
    complexity: relationshipComplexity,
    description:
      'How many findings of each kind this section and the sections inside it list, every kind included (0 where none). Compare with `printedNone`.',
  })
  async findingCounts(
    @Root() section: SectionNode,
    @Ctx() ctx: ApiContext,
  ): Promise<FindingCount[]> {
    const findings = await ctx.loaders.findingsBySectionId.load(section.id);
    return findingKinds.map((kind) => ({
      kind,
      count: findings.filter((f) => f.kind === kind).length,
    }));
  }

  @FieldResolver(() => RecommendationConnection, {
    complexity: pageComplexity,
    description:
      'The recommendations printed in this section and the sections inside it, in report order, filtered and ordered as the root `recommendations`.',
  })
  async recommendations(
    @Root() section: SectionNode,
    @Args(() => RecommendationsArgs) args: RecommendationsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<RecommendationNode>> {
    const recommendations = await ctx.loaders.recommendationsBySectionId.load(section.id);
    return pageNestedItems(ctx, recommendationList(ctx.queries), recommendations, args);
  }

  @FieldResolver(() => PassageConnection, {
    complexity: pageComplexity,
    description:
      'The passages printed in this section and the sections inside it, in reading order.',
  })
  passages(
    @Root() section: SectionNode,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return loadPassagePage(ctx, ctx.loaders.passageIdsBySectionId, section.id, args);
  }
}
