import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../pagination/connection.js';
import { readUnits } from '../questions/entity-lists.query.js';
import { UnitConnection } from '../types/entity-connection.type.js';
import { UnitsArgs } from '../types/entity-filter.input.js';
import type { ApiContext } from '../context.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceNode, UnitNode } from '../nodes.js';
import { Force } from '../types/force.type.js';
import { toEvidence } from './evidence.js';
import { UnitMembership } from '../types/relationship-evidence.type.js';
import { Unit } from '../types/unit.type.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, {
    complexity: pageComplexity,
    description:
      'Units (commands, teams, departments, BCUs, ...) of all forces by name, filtered by kind, force, a part of their name, or whether they are curated.',
  })
  units(
    @Args(() => UnitsArgs) args: UnitsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<UnitNode>> {
    return readUnits(ctx, args);
  }

  @FieldResolver(() => Boolean)
  curated(@Root() unit: UnitNode): boolean {
    return unit.curated ?? false;
  }

  @FieldResolver(() => Force, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'The force the unit belongs to.',
  })
  force(@Root() unit: UnitNode, @Ctx() ctx: ApiContext): Promise<ForceNode | null> | null {
    return unit.forceId ? ctx.loaders.forceById.load(unit.forceId) : null;
  }

  @FieldResolver(() => [UnitMembership], {
    complexity: relationshipComplexity,
    description:
      'The force the unit belongs to (as `force`), with where each report names the unit as the force’s (PART_OF); empty for a unit no report ties to its force.',
  })
  async memberships(@Root() unit: UnitNode, @Ctx() ctx: ApiContext): Promise<UnitMembership[]> {
    const links = await ctx.loaders.forcesByUnitId.load(unit.id);
    return links.map(({ node, link }) => ({ force: node, evidence: toEvidence(link) }));
  }
}
