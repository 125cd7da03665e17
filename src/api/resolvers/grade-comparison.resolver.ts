import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { JudgementNode } from '../nodes.js';
import { readGradeComparison } from '../questions/grade-comparison.query.js';
import { twoReadComplexity } from '../questions/question-complexity.js';
import { Judgement } from '../types/judgement.type.js';

@Resolver()
export class GradeComparisonResolver {
  @Query(() => [Judgement], {
    complexity: twoReadComplexity,
    deprecationReason:
      "Use `judgements(filter: { themeIds: [...], exactTheme: true }, orderBy: { field: GRADE, direction: ASC })` (best grade first) or the theme's `judgements`, which filter and page; `nationalDistribution` is on each judgement.",
    description:
      "Every force's grade on one theme, newest report first, then best grade first, then by force name; select `nationalDistribution` on each to set it beside how many forces nationally got each grade, as the report prints it. An unknown theme is an error (NOT_FOUND).",
  })
  gradeComparison(
    @Ctx() ctx: ApiContext,
    @Arg('themeId', () => ID, {
      description: 'The theme, e.g. "protecting-vulnerable-people/domestic-violence".',
    })
    themeId: string,
  ): Promise<JudgementNode[]> {
    return readGradeComparison(ctx, themeId);
  }
}
