import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { AnyNode } from '../nodes.js';
import { Node } from '../types/node.type.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'Any entity by id (Relay object identification); null if there is none.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<AnyNode | null> {
    return ctx.loaders.nodeById.load(id);
  }
}
