import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceNode, JudgementNode, ReportNode, ThemeNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Force } from '../types/force.type.js';
import { GradeCount, Judgement } from '../types/judgement.type.js';
import { Report } from '../types/report.type.js';
import { Theme } from '../types/theme.type.js';
import { notFound } from '../errors.js';
import { toEvidence } from './evidence.js';

@Resolver(() => Judgement)
export class JudgementResolver {
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
    description: 'The report that gives the grade.',
  })
  async report(@Root() judgement: JudgementNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportByJudgementId.load(judgement.id)) ??
      notFound('Report of judgement', judgement.id)
    );
  }

  @FieldResolver(() => [GradeCount], {
    description:
      'The national distribution of grades on this theme printed in the same report (how many forces got each grade); empty where the report prints none.',
  })
  nationalDistribution(@Root() judgement: JudgementNode): GradeCount[] {
    const grades = judgement.distributionGrades ?? [];
    const counts = judgement.distributionCounts ?? [];
    return grades.map((grade, i) => ({ grade, forces: counts[i] ?? 0 }));
  }

  @FieldResolver(() => Evidence, { description: 'Where the report states this grade.' })
  evidence(@Root() judgement: JudgementNode): Evidence {
    return toEvidence(judgement);
  }
}
