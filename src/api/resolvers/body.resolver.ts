import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { pageComplexity, relationshipComplexity } from '../limits/field-complexity.js';
import type { BodyNode } from '../nodes.js';
import type { Connection } from '../pagination/connection.js';
import { readBodies } from '../questions/entity-lists.query.js';
import { Body } from '../types/body.type.js';
import { BodyConnection } from '../types/entity-connection.type.js';
import { BodiesArgs } from '../types/entity-filter.input.js';
import { loadNodeOfLabel } from './evidence.js';

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => BodyConnection, {
    complexity: pageComplexity,
    description:
      'Organisations that are not partner agencies (national policing bodies, staff associations, oversight bodies, regional police units, ...) by name, filtered by role, a part of their name, or whether they are curated.',
  })
  bodies(
    @Args(() => BodiesArgs) args: BodiesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<BodyNode>> {
    return readBodies(ctx, args);
  }

  @Query(() => Body, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One body by id; null if there is none.',
  })
  body(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<BodyNode | null> {
    return loadNodeOfLabel(ctx, id, 'Body');
  }

  @FieldResolver(() => [String])
  aliases(@Root() body: BodyNode): string[] {
    return body.aliases ?? [];
  }

  @FieldResolver(() => Boolean)
  curated(@Root() body: BodyNode): boolean {
    return body.curated ?? false;
  }
}
