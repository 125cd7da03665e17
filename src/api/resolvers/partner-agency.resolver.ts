import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { MentionSource } from '../types/links.type.js';
import { loadMentionedBy } from './item-links.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { InitiativeNode, PartnerAgencyNode } from '../nodes.js';
import { Initiative } from '../types/initiative.type.js';
import { Participation } from '../types/links.type.js';
import { PartnerAgency } from '../types/partner-agency.type.js';
import { loadNodeOfLabel, matchesSearch, toEvidence } from './evidence.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => PartnerAgency)
export class PartnerAgencyResolver {
  @Query(() => [PartnerAgency], {
    complexity: relationshipComplexity,
    description:
      'Partner agencies by name, optionally of one sector and/or whose name, acronym or alias contains `search`.',
  })
  async partnerAgencies(
    @Ctx() ctx: ApiContext,
    @Arg('sector', () => String, {
      nullable: true,
      description: 'e.g. HEALTH, LOCAL_GOVERNMENT, CRIMINAL_JUSTICE',
    })
    sector?: string,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Case-insensitive text in the name, acronym or aliases.',
    })
    search?: string,
  ): Promise<PartnerAgencyNode[]> {
    const all = await readNodes<PartnerAgencyNode>(ctx, ctx.queries.partnerAgenciesAll, 'partner');
    return all.filter(
      (p) =>
        (!sector || p.sector === sector) &&
        matchesSearch(search, [p.name, p.acronym, ...(p.aliases ?? [])]),
    );
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

  @FieldResolver(() => [MentionSource], {
    complexity: relationshipComplexity,
    description:
      'Findings, recommendations and initiatives that name it, with the sentence from each report.',
  })
  mentionedBy(@Root() entity: PartnerAgencyNode, @Ctx() ctx: ApiContext): Promise<MentionSource[]> {
    return loadMentionedBy(ctx, entity.id);
  }
}
