import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { ForceNode, JudgementNode, ReportNode } from '../nodes.js';
import { Force } from '../types/force.type.js';
import { Judgement } from '../types/judgement.type.js';
import { Report } from '../types/report.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => [Report], { description: 'Every report in the graph, newest first.' })
  reports(@Ctx() ctx: ApiContext): Promise<ReportNode[]> {
    return readNodes(ctx, ctx.queries.reportsAll, 'report');
  }

  @Query(() => Report, { nullable: true, description: 'One report by id; null if there is none.' })
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ReportNode | null> {
    return ctx.loaders.reportById.load(id);
  }

  @FieldResolver(() => Force, { description: 'The force the report inspects.' })
  force(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<ForceNode | null> {
    return ctx.loaders.forceByReportId.load(report.id);
  }

  @FieldResolver(() => [Judgement], {
    description: 'The grades this report gives, one per graded theme.',
  })
  judgements(@Root() report: ReportNode, @Ctx() ctx: ApiContext): Promise<JudgementNode[]> {
    return ctx.loaders.judgementsByReportId.load(report.id);
  }
}
