import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { AnyNode, FigureNode, ForceNode, ReportNode, ThemeNode } from '../nodes.js';
import type { LazyConnection } from '../pagination/connection.js';
import { resolveFigureFilter, toFigureFilterParams } from '../questions/figure-filter.js';
import { readFilteredList } from '../questions/report-text-filters.js';
import { Evidence } from '../types/evidence.type.js';
import { FiguresArgs } from '../types/figure-filter.input.js';
import { Figure, FigureComparator, FigureConnection } from '../types/figure.type.js';
import type { ComparatorKind, FigureUnit } from '../types/figure.type.js';
import { Force } from '../types/force.type.js';
import { Node } from '../types/node.type.js';
import { Report } from '../types/report.type.js';
import { Theme } from '../types/theme.type.js';
import { loadNodeOfLabel, toEvidence } from './evidence.js';

@Resolver(() => Figure)
export class FigureResolver {
  @Query(() => FigureConnection, {
    complexity: pageComplexity,
    description:
      'Figures the reports state, filtered by force, report, theme, unit, comparator and words: newest report first, then in reading order.',
  })
  figures(
    @Args(() => FiguresArgs) args: FiguresArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<FigureNode> {
    const { figuresFiltered: page, figuresFilteredCount: count } = ctx.queries;
    return readFilteredList(ctx, { name: 'figures', page, count, column: 'figure' }, args, () =>
      resolveFigureFilter(ctx, args.filter).then(toFigureFilterParams),
    );
  }

  @Query(() => Figure, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One figure by id; null if there is none.',
  })
  figure(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<FigureNode | null> {
    return loadNodeOfLabel<FigureNode>(ctx, id, 'Figure');
  }

  @FieldResolver(() => FigureComparator, {
    nullable: true,
    description: 'What the figure is compared with, where the report compares it; null otherwise.',
  })
  comparator(@Root() figure: FigureNode): FigureComparator | null {
    if (figure.comparatorValue == null || figure.comparatorKind == null) return null;
    return {
      kind: figure.comparatorKind as ComparatorKind,
      value: figure.comparatorValue,
      upTo: figure.comparatorUpTo ?? null,
      unit: (figure.comparatorUnit ?? figure.unit) as FigureUnit,
      label: figure.comparatorLabel ?? '',
    };
  }

  @FieldResolver(() => Evidence, {
    description: 'Where the report states the figure: its line and the sentence (or table row).',
  })
  evidence(@Root() figure: FigureNode): Evidence {
    return toEvidence(figure);
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report that states the figure.',
  })
  async report(@Root() figure: FigureNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(figure.reportId ?? '')) ??
      notFound('Report of figure', figure.id)
    );
  }

  @FieldResolver(() => Force, {
    complexity: relationshipComplexity,
    description: 'The force the report inspects.',
  })
  async force(@Root() figure: FigureNode, @Ctx() ctx: ApiContext): Promise<ForceNode> {
    return (
      (await ctx.loaders.forceByReportId.load(figure.reportId ?? '')) ??
      notFound('Force of figure', figure.id)
    );
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      'The inspection theme of the section the figure is printed in; null outside a themed section.',
  })
  theme(@Root() figure: FigureNode, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
    return ctx.loaders.themeByItemId.load(figure.id);
  }

  @FieldResolver(() => Node, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      'The finding, recommendation, developing-practice item or prose passage the figure is printed in; null for a figure in a table or caption.',
  })
  async statedIn(@Root() figure: FigureNode, @Ctx() ctx: ApiContext): Promise<AnyNode | null> {
    const itemId = await ctx.loaders.statedInByFigureId.load(figure.id);
    return itemId === null ? null : ctx.loaders.nodeById.load(itemId);
  }
}
