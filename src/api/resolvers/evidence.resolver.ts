import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ReportNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Report } from '../types/report.type.js';
import { checkContextLines, maxContextLines, readSourceLines } from './source-lines.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    complexity: relationshipComplexity,
    description:
      "The report's source text around the statement: the printed lines it spans (`lines`) and `around` lines before and after, as printed (line breaks, tabs and page footers kept), joined with newlines. Null where the lines are unknown. `Report.lines` serves any other range.",
  })
  async context(
    @Root() evidence: Evidence,
    @Ctx() ctx: ApiContext,
    @Arg('around', () => Int, {
      defaultValue: 2,
      description: `Lines to add before and after the cited ones, from 0 to ${maxContextLines}.`,
    })
    around: number,
  ): Promise<string | null> {
    checkContextLines(around);
    if (!evidence.lines) return null;
    const { start, end } = evidence.lines;
    const lines = await readSourceLines(ctx, evidence.reportId, start - around, end + around);
    return lines.length > 0 ? lines.map((line) => line.text).join('\n') : null;
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report the statement comes from.',
  })
  async report(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(evidence.reportId)) ??
      notFound('Report of evidence', evidence.reportId)
    );
  }
}
