import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiContext } from '../context.js';
import { badUserInput } from '../errors.js';
import { readCost, relationshipComplexity } from '../limits/field-complexity.js';
import type { AnyNode } from '../nodes.js';
import { maxPageSize } from '../pagination/page-window.js';
import { Node } from '../types/node.type.js';

/** `nodes(ids:)` costs one read plus one item per id asked for (at most a page's worth). */
const nodesComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const ids = Array.isArray(args.ids) ? args.ids.length : 1;
  return readCost + Math.min(ids, maxPageSize) * childComplexity;
};

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

  @Query(() => [Node], {
    complexity: nodesComplexity,
    nullable: 'items',
    description: `Entities by id, in the order of \`ids\`, with null for each id that names no entity (Relay \`nodes\`); one store read for all of them. At most ${maxPageSize} ids; more is an error (BAD_USER_INPUT).`,
  })
  async nodes(
    @Arg('ids', () => [ID], {
      description: `The ids, at most ${maxPageSize}; an id may repeat (its entity then repeats).`,
    })
    ids: string[],
    @Ctx() ctx: ApiContext,
  ): Promise<(AnyNode | null)[]> {
    if (ids.length > maxPageSize)
      badUserInput(`\`ids\` may hold at most ${maxPageSize} ids, got ${ids.length}.`);
    const nodes = await ctx.loaders.nodeById.loadMany(ids);
    return nodes.map((node) => (node instanceof Error ? null : node));
  }
}
