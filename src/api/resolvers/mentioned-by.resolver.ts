import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity } from '../limits/field-complexity.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { Body } from '../types/body.type.js';
import { Force } from '../types/force.type.js';
import { Initiative } from '../types/initiative.type.js';
import { MentionSourceConnection } from '../types/entity-connection.type.js';
import type { MentionSource } from '../types/mention-source.type.js';
import { PartnerAgency } from '../types/partner-agency.type.js';
import { Unit } from '../types/unit.type.js';
import { loadMentionedBy } from './item-links.js';

/**
 * `mentionedBy` of an entity the reports name (a force, a partner agency, a body, a unit,
 * an initiative): the items whose text names it, each with its sentence, paged. One query for
 * the items of every entity of a level, one for their nodes.
 */
function createMentionedByResolver(entityType: ClassType) {
  @Resolver(() => entityType)
  class MentionedByResolver {
    @FieldResolver(() => MentionSourceConnection, {
      complexity: pageComplexity,
      description:
        'Findings, recommendations, initiatives and passages whose text names it, each with the sentence, by report and line.',
    })
    async mentionedBy(
      @Root() entity: { id: string },
      @Args(() => ConnectionArgs) args: ConnectionArgs,
      @Ctx() ctx: ApiContext,
    ): Promise<Connection<MentionSource>> {
      return sliceConnection(await loadMentionedBy(ctx, entity.id), args, await ctx.graphVersion());
    }
  }
  return MentionedByResolver;
}

/** The `mentionedBy` resolvers, one per type of entity the reports name. */
export const mentionedByResolvers = [Force, PartnerAgency, Body, Unit, Initiative].map(
  createMentionedByResolver,
);
