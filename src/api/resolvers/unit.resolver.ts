import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { MentionSource } from '../types/links.type.js';
import { loadMentionedBy } from './item-links.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { ForceNode, UnitNode } from '../nodes.js';
import { Force } from '../types/force.type.js';
import { Unit } from '../types/unit.type.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], {
    complexity: relationshipComplexity,
    description: 'Units of all forces, or of one force, by name.',
  })
  async units(
    @Ctx() ctx: ApiContext,
    @Arg('forceId', () => ID, { nullable: true, description: 'Only the units of this force.' })
    forceId?: string,
  ): Promise<UnitNode[]> {
    if (forceId) return ctx.loaders.unitsByForceId.load(forceId);
    return readNodes(ctx, ctx.queries.unitsAll, 'unit');
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

  @FieldResolver(() => [MentionSource], {
    complexity: relationshipComplexity,
    description:
      'Findings, recommendations and initiatives that name it, with the sentence from each report.',
  })
  mentionedBy(@Root() entity: UnitNode, @Ctx() ctx: ApiContext): Promise<MentionSource[]> {
    return loadMentionedBy(ctx, entity.id);
  }
}
