import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../pagination/connection.js';
import { readPartnerAgencies } from '../questions/entity-lists.query.js';
import { PartnerAgencyConnection } from '../types/entity-connection.type.js';
import { PartnerAgenciesArgs } from '../types/entity-filter.input.js';
import type { ApiContext } from '../context.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { InitiativeNode, PartnerAgencyNode } from '../nodes.js';
import { Initiative } from '../types/initiative.type.js';
import { Participation } from '../types/links.type.js';
import { PartnerAgency } from '../types/partner-agency.type.js';
import { loadNodeOfLabel, toEvidence } from './evidence.js';

@Resolver(() => PartnerAgency)
export class PartnerAgencyResolver {
  @Query(() => PartnerAgencyConnection, {
    complexity: pageComplexity,
    description:
      'Partner agencies by name, filtered by sector, the initiatives they take part in, a part of their name, or whether they are curated.',
  })
  partnerAgencies(
    @Args(() => PartnerAgenciesArgs) args: PartnerAgenciesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<PartnerAgencyNode>> {
    return readPartnerAgencies(ctx, args);
  }

  @Query(() => PartnerAgency, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One partner agency by id; null if there is none.',
  })
  partnerAgency(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<PartnerAgencyNode | null> {
    return loadNodeOfLabel(ctx, id, 'PartnerAgency');
  }

  @FieldResolver(() => [String])
  aliases(@Root() partner: PartnerAgencyNode): string[] {
    return partner.aliases ?? [];
  }

  @FieldResolver(() => Boolean)
  curated(@Root() partner: PartnerAgencyNode): boolean {
    return partner.curated ?? false;
  }

  @FieldResolver(() => [Initiative], {
    complexity: relationshipComplexity,
    description: 'Initiatives and arrangements the reports say it takes part in.',
  })
  async initiatives(
    @Root() partner: PartnerAgencyNode,
    @Ctx() ctx: ApiContext,
  ): Promise<InitiativeNode[]> {
    const links = await ctx.loaders.initiativesByPartnerId.load(partner.id);
    return [...new Map(links.map(({ node }) => [node.id, node])).values()];
  }

  @FieldResolver(() => [Participation], {
    complexity: relationshipComplexity,
    description: 'Each initiative it takes part in, with the text that says so.',
  })
  async participation(
    @Root() partner: PartnerAgencyNode,
    @Ctx() ctx: ApiContext,
  ): Promise<Participation[]> {
    const links = await ctx.loaders.initiativesByPartnerId.load(partner.id);
    return links.map(({ node, link }) => ({
      partner,
      initiative: node,
      role: link.role,
      scope: link.scope,
      evidence: toEvidence(link),
    }));
  }
}
