import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { LazyConnection } from '../pagination/connection.js';
import { readJudgements } from '../questions/judgement-list.query.js';
import { JudgementsArgs } from '../types/judgement-filter.input.js';
import type { ApiContext } from '../context.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceNode, JudgementNode, ReportNode, ThemeNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Force } from '../types/force.type.js';
import { Grade, GradeLevel, GradeScale } from '../types/grade.type.js';
import { GradeCount, Judgement, JudgementConnection } from '../types/judgement.type.js';
import { Report } from '../types/report.type.js';
import { Theme } from '../types/theme.type.js';
import { notFound } from '../errors.js';
import { toEvidence } from './evidence.js';
import { readGradeLevel, readGradeScale } from './grades.js';

@Resolver(() => Judgement)
export class JudgementResolver {
  @Query(() => JudgementConnection, {
    complexity: pageComplexity,
    description:
      'Graded judgements across every report, filtered (forces, reports, years, frameworks, themes with their sub-themes, grades, scales, weak or not, and `stated`: the grades the reports give by default, the earlier grades they state on request), ordered (newest report first unless `orderBy` says otherwise) and paged with `first` (at most 100) and `after`.',
  })
  judgements(
    @Args(() => JudgementsArgs) args: JudgementsArgs,
    @Ctx() ctx: ApiContext,
  ): LazyConnection<JudgementNode> {
    return readJudgements(ctx, args);
  }

  @FieldResolver(() => Theme, {
    complexity: relationshipComplexity,
    description: 'The theme graded.',
  })
  async theme(@Root() judgement: JudgementNode, @Ctx() ctx: ApiContext): Promise<ThemeNode> {
    return (
      (await ctx.loaders.themeByJudgementId.load(judgement.id)) ??
      notFound('Theme of judgement', judgement.id)
    );
  }

  @FieldResolver(() => Force, {
    complexity: relationshipComplexity,
    description: 'The force graded.',
  })
  async force(@Root() judgement: JudgementNode, @Ctx() ctx: ApiContext): Promise<ForceNode> {
    return (
      (await ctx.loaders.forceByJudgementId.load(judgement.id)) ??
      notFound('Force of judgement', judgement.id)
    );
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description:
      'The report that gives the grade; for an EARLIER judgement, the report that states it.',
  })
  async report(@Root() judgement: JudgementNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(judgement.reportId)) ??
      notFound('Report of judgement', judgement.id)
    );
  }

  @FieldResolver(() => Grade, {
    description:
      'The grade, e.g. GOOD or REQUIRES_IMPROVEMENT; `level` gives its label, rank and whether it is weak, `scale` the whole scale.',
  })
  grade(@Root() judgement: JudgementNode): Grade {
    return readGradeLevel(judgement.scale, judgement.grade).grade;
  }

  @FieldResolver(() => GradeLevel, {
    description: 'The grade on its scale: label as printed, rank, position from 0 to 1, weak.',
  })
  level(@Root() judgement: JudgementNode): GradeLevel {
    return readGradeLevel(judgement.scale, judgement.grade);
  }

  @FieldResolver(() => GradeScale, {
    description: 'The grade scale of the framework, which says how to read and compare the grade.',
  })
  scale(@Root() judgement: JudgementNode): GradeScale {
    return readGradeScale(judgement.scale);
  }

  @FieldResolver(() => [GradeCount], {
    description:
      'The national distribution of grades on this theme printed in the same report (how many forces got each grade), best grade first; empty where the report prints none.',
  })
  nationalDistribution(@Root() judgement: JudgementNode): GradeCount[] {
    const grades = judgement.distributionGrades ?? [];
    const counts = judgement.distributionCounts ?? [];
    return grades.map((label, i) => {
      const level = readGradeLevel(judgement.scale, label);
      return { grade: level.grade, level, forces: counts[i] ?? 0 };
    });
  }

  @FieldResolver(() => Judgement, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      "The grade before this one: the same force's judgement on the same theme from the latest earlier inspection year, whether a report gave it (THIS_REPORT, preferred within a year) or a later report states it (EARLIER, e.g. the 2015 grade the PEEL 2016 report cites); or, only where the theme itself has none, the force's latest earlier grade on its parent theme (the 2006 baseline graded protecting vulnerable people as a whole, the 2007 inspection its four parts); or, only where neither has one, on a theme of an earlier framework this theme carries on (`Theme.continues`: PEEL's vulnerability question after the 2006-2008 protecting vulnerable people). `previous.theme` says which; grades of two frameworks are on different scales, so compare `scale` positions. Null where none is known.",
  })
  previous(
    @Root() judgement: JudgementNode,
    @Ctx() ctx: ApiContext,
  ): Promise<JudgementNode | null> {
    return ctx.loaders.previousJudgementByJudgementId.load(judgement.id);
  }

  @FieldResolver(() => Evidence, { description: 'Where the report states this grade.' })
  evidence(@Root() judgement: JudgementNode): Evidence {
    return toEvidence(judgement);
  }
}
