import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { ForceFactNode, ForceNode, JudgementNode, ReportNode, UnitNode } from '../nodes.js';
import { ForceFact } from '../types/force-fact.type.js';
import { SimilarForce } from '../types/links.type.js';
import { Unit } from '../types/unit.type.js';
import { toEvidence } from './evidence.js';
import { Force } from '../types/force.type.js';
import { Judgement } from '../types/judgement.type.js';
import { Report } from '../types/report.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Force)
export class ForceResolver {
  @Query(() => [Force], { description: 'Every force that at least one report inspects, by name.' })
  forces(@Ctx() ctx: ApiContext): Promise<ForceNode[]> {
    return readNodes(ctx, ctx.queries.forcesAll, 'force');
  }

  @Query(() => Force, { nullable: true, description: 'One force by id; null if there is none.' })
  force(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ForceNode | null> {
    return ctx.loaders.forceById.load(id);
  }

  @FieldResolver(() => [String])
  aliases(@Root() force: ForceNode): string[] {
    return force.aliases ?? [];
  }

  @FieldResolver(() => [Report], { description: 'Reports on this force, newest first.' })
  reports(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<ReportNode[]> {
    return ctx.loaders.reportsByForceId.load(force.id);
  }

  @FieldResolver(() => [Judgement], {
    description: 'Every graded judgement on this force, newest report first.',
  })
  judgements(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<JudgementNode[]> {
    return ctx.loaders.judgementsByForceId.load(force.id);
  }

  @FieldResolver(() => [ForceFact], {
    description: 'Figures the reports state about the force, per report.',
  })
  facts(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<ForceFactNode[]> {
    return ctx.loaders.factsByForceId.load(force.id);
  }

  @FieldResolver(() => [Unit], {
    description: 'Commands, teams, departments and BCUs of the force named in the reports.',
  })
  units(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<UnitNode[]> {
    return ctx.loaders.unitsByForceId.load(force.id);
  }

  @FieldResolver(() => [SimilarForce], {
    description:
      'The forces a report names as most similar to this one (its most-similar-forces group).',
  })
  async mostSimilarForces(
    @Root() force: ForceNode,
    @Ctx() ctx: ApiContext,
  ): Promise<SimilarForce[]> {
    const links = await ctx.loaders.similarForcesByForceId.load(force.id);
    return links.map(({ node, link }) => ({ force: node, evidence: toEvidence(link) }));
  }
}
