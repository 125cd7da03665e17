import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../pagination/connection.js';
import { readInitiatives } from '../questions/entity-lists.query.js';
import { InitiativeConnection } from '../types/entity-connection.type.js';
import { InitiativesArgs } from '../types/entity-filter.input.js';
import type { ApiContext } from '../context.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type {
  ForceNode,
  InitiativeNode,
  PartnerAgencyNode,
  ReportNode,
  ThemeNode,
} from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { Force } from '../types/force.type.js';
import { Initiative } from '../types/initiative.type.js';
import { InitiativeRunner } from '../types/relationship-evidence.type.js';
import { Mention, Participation } from '../types/links.type.js';
import { PartnerAgency } from '../types/partner-agency.type.js';
import { Report } from '../types/report.type.js';
import { Theme } from '../types/theme.type.js';
import { loadNodeOfLabel, toEvidence, toOptionalEvidence } from './evidence.js';
import { loadMentions } from './item-links.js';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, {
    complexity: pageComplexity,
    description:
      'Initiatives by name: programmes, operations, schemes, systems, multi-agency arrangements and developing practice, filtered by kind, the forces that run them, the partners taking part, a part of their name, or whether they are curated.',
  })
  initiatives(
    @Args(() => InitiativesArgs) args: InitiativesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<InitiativeNode>> {
    return readInitiatives(ctx, args);
  }

  @Query(() => Initiative, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One initiative by id; null if there is none.',
  })
  initiative(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<InitiativeNode | null> {
    return loadNodeOfLabel(ctx, id, 'Initiative');
  }

  @FieldResolver(() => Boolean)
  curated(@Root() initiative: InitiativeNode): boolean {
    return initiative.curated ?? false;
  }

  @FieldResolver(() => Evidence, {
    nullable: true,
    description:
      'Where a report presents it (developing practice and discovered initiatives); null for vocabulary entries.',
  })
  evidence(@Root() initiative: InitiativeNode): Evidence | null {
    return toOptionalEvidence(initiative);
  }

  @FieldResolver(() => Report, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'Developing practice: the report that presents it; null for other initiatives.',
  })
  report(
    @Root() initiative: InitiativeNode,
    @Ctx() ctx: ApiContext,
  ): Promise<ReportNode | null> | null {
    return initiative.reportId ? ctx.loaders.reportById.load(initiative.reportId) : null;
  }

  @FieldResolver(() => Theme, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'The inspection theme it relates to, where known; null otherwise.',
  })
  theme(@Root() initiative: InitiativeNode, @Ctx() ctx: ApiContext): Promise<ThemeNode | null> {
    return ctx.loaders.themeByItemId.load(initiative.id);
  }

  @FieldResolver(() => [PartnerAgency], {
    complexity: relationshipComplexity,
    description: 'Partner agencies the reports say take part.',
  })
  async partners(
    @Root() initiative: InitiativeNode,
    @Ctx() ctx: ApiContext,
  ): Promise<PartnerAgencyNode[]> {
    const links = await ctx.loaders.partnersByInitiativeId.load(initiative.id);
    return [...new Map(links.map(({ node }) => [node.id, node])).values()];
  }

  @FieldResolver(() => [Participation], {
    complexity: relationshipComplexity,
    description: 'Each partner taking part, with the text that says so.',
  })
  async participation(
    @Root() initiative: InitiativeNode,
    @Ctx() ctx: ApiContext,
  ): Promise<Participation[]> {
    const links = await ctx.loaders.partnersByInitiativeId.load(initiative.id);
    return links.map(({ node, link }) => ({
      partner: node,
      initiative,
      role: link.role,
      scope: link.scope,
      evidence: toEvidence(link),
    }));
  }

  @FieldResolver(() => [Force], {
    complexity: relationshipComplexity,
    description: 'Forces the reports say run it.',
  })
  async forces(@Root() initiative: InitiativeNode, @Ctx() ctx: ApiContext): Promise<ForceNode[]> {
    const links = await ctx.loaders.runnersByInitiativeId.load(initiative.id);
    return [...new Map(links.map(({ node }) => [node.id, node])).values()];
  }

  @FieldResolver(() => [InitiativeRunner], {
    complexity: relationshipComplexity,
    description:
      'The forces that run it (as `forces`), each with where a report says so: one entry per report, by force name.',
  })
  async runners(
    @Root() initiative: InitiativeNode,
    @Ctx() ctx: ApiContext,
  ): Promise<InitiativeRunner[]> {
    const links = await ctx.loaders.runnersByInitiativeId.load(initiative.id);
    return links.map(({ node, link }) => ({ force: node, evidence: toEvidence(link) }));
  }

  @FieldResolver(() => [Mention], {
    complexity: relationshipComplexity,
    description: 'Entities its description names.',
  })
  mentions(@Root() initiative: InitiativeNode, @Ctx() ctx: ApiContext): Promise<Mention[]> {
    return loadMentions(ctx, initiative.id);
  }
}
