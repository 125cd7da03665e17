import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceFactNode, ForceNode, ReportNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { ForceFact } from '../types/force-fact.type.js';
import { Force } from '../types/force.type.js';
import { Report } from '../types/report.type.js';
import { toEvidence } from './evidence.js';

@Resolver(() => ForceFact)
export class ForceFactResolver {
  @FieldResolver(() => Evidence, { description: 'Where the report states the figure.' })
  evidence(@Root() fact: ForceFactNode): Evidence {
    return toEvidence(fact);
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report that states the figure.',
  })
  async report(@Root() fact: ForceFactNode, @Ctx() ctx: ApiContext): Promise<ReportNode> {
    return (
      (await ctx.loaders.reportById.load(fact.reportId ?? '')) ??
      notFound('Report of fact', fact.id)
    );
  }

  @FieldResolver(() => Force, {
    complexity: relationshipComplexity,
    description: 'The force the figure describes.',
  })
  async force(@Root() fact: ForceFactNode, @Ctx() ctx: ApiContext): Promise<ForceNode> {
    return (
      (await ctx.loaders.forceByReportId.load(fact.reportId ?? '')) ??
      notFound('Force of fact', fact.id)
    );
  }
}
