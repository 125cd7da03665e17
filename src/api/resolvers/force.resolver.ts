import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../pagination/connection.js';
import { pageNestedJudgements } from '../questions/judgement-list.query.js';
import { JudgementsArgs } from '../types/judgement-filter.input.js';
import type { ApiContext } from '../context.js';
import { createItemPagesResolver } from './item-pages.resolver.js';
import type {
  ForceFactNode,
  ForceNode,
  InitiativeNode,
  JudgementNode,
  ReportNode,
  UnitNode,
} from '../nodes.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import { Initiative } from '../types/initiative.type.js';
import { ForceFact } from '../types/force-fact.type.js';
import { SimilarForce } from '../types/links.type.js';
import { Unit } from '../types/unit.type.js';
import { toEvidence } from './evidence.js';
import { Force } from '../types/force.type.js';
import { JudgementConnection } from '../types/judgement.type.js';
import { Report } from '../types/report.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Force)
export class ForceResolver extends createItemPagesResolver(Force, {
  findings: (ctx, id) => ctx.loaders.findingKeysByForceId.load(id),
  recommendations: (ctx, id) => ctx.loaders.recommendationKeysByForceId.load(id),
  findingsDescription:
    'Findings about this force across its reports, filtered and ordered as the root `findings` (newest report first, each in print order).',
  recommendationsDescription:
    'Recommendations made to this force, filtered and ordered as the root `recommendations` (newest report first, each in print order).',
}) {
  @Query(() => [Force], {
    complexity: relationshipComplexity,
    description:
      'Every force the reports name, by name: the forces they inspect (`inspected: true`), and those they group as most similar or mention (`reports` is empty for those).',
  })
  async forces(
    @Ctx() ctx: ApiContext,
    @Arg('inspected', () => Boolean, {
      nullable: true,
      description:
        'true: only forces at least one report inspects; false: only the others (named as similar or mentioned); omit for all.',
    })
    inspected?: boolean | null,
  ): Promise<ForceNode[]> {
    const forces = await readNodes<ForceNode>(ctx, ctx.queries.forcesAll, 'force');
    if (inspected == null) return forces;
    const reports = await ctx.loaders.reportsByForceId.loadMany(forces.map((f) => f.id));
    return forces.filter((_, i) => {
      const list = reports[i];
      return (Array.isArray(list) && list.length > 0) === inspected;
    });
  }

  @Query(() => Force, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One force by id; null if there is none.',
  })
  force(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ForceNode | null> {
    return ctx.loaders.forceById.load(id);
  }

  @FieldResolver(() => [String])
  aliases(@Root() force: ForceNode): string[] {
    return force.aliases ?? [];
  }

  @FieldResolver(() => [Report], {
    complexity: relationshipComplexity,
    description: 'Reports on this force, newest first.',
  })
  reports(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<ReportNode[]> {
    return ctx.loaders.reportsByForceId.load(force.id);
  }

  @FieldResolver(() => Int, {
    complexity: relationshipComplexity,
    description: 'How many reports inspect this force (0 for a force the reports only name).',
  })
  async reportCount(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.loaders.reportsByForceId.load(force.id)).length;
  }

  @FieldResolver(() => Boolean, {
    complexity: relationshipComplexity,
    description:
      'Whether at least one report inspects this force; false for a force the reports only group as most similar or mention.',
  })
  async inspected(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<boolean> {
    return (await ctx.loaders.reportsByForceId.load(force.id)).length > 0;
  }

  @FieldResolver(() => JudgementConnection, {
    complexity: pageComplexity,
    description:
      "The force's grades, filtered and ordered as the root `judgements` (newest report first; `orderBy: { field: PUBLISHED_ON, direction: ASC }` for a timeline).",
  })
  async judgements(
    @Root() force: ForceNode,
    @Args(() => JudgementsArgs) args: JudgementsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<JudgementNode>> {
    return pageNestedJudgements(ctx, await ctx.loaders.judgementsByForceId.load(force.id), args);
  }

  @FieldResolver(() => [ForceFact], {
    complexity: relationshipComplexity,
    description: 'Figures the reports state about the force, per report.',
  })
  facts(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<ForceFactNode[]> {
    return ctx.loaders.factsByForceId.load(force.id);
  }

  @FieldResolver(() => [Unit], {
    complexity: relationshipComplexity,
    description: 'Commands, teams, departments and BCUs of the force named in the reports.',
  })
  units(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<UnitNode[]> {
    return ctx.loaders.unitsByForceId.load(force.id);
  }

  @FieldResolver(() => [SimilarForce], {
    complexity: relationshipComplexity,
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

  @FieldResolver(() => [Initiative], {
    complexity: relationshipComplexity,
    description: 'Initiatives the reports say this force runs, including its developing practice.',
  })
  initiatives(@Root() force: ForceNode, @Ctx() ctx: ApiContext): Promise<InitiativeNode[]> {
    return ctx.loaders.initiativesByForceId.load(force.id);
  }
}
