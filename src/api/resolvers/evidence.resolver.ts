import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ReportNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Report } from '../types/report.type.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
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
