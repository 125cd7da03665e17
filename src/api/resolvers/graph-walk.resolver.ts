import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { readNeighbourhood, readPaths } from '../questions/graph-walk.query.js';
import {
  defaultNeighbourhoodDepth,
  defaultNeighbourhoodNodes,
  defaultPathHops,
  maxNeighbourhoodDepth,
  maxNeighbourhoodNodes,
  maxPathCount,
  maxPathHops,
  maxWalkFanOut,
} from '../questions/question-bounds.js';
import { neighbourhoodComplexity, pathsComplexity } from '../questions/question-complexity.js';
import { GraphPath } from '../types/graph-path.type.js';
import { Neighbourhood } from '../types/neighbourhood.type.js';

const walkRules = `Walks follow relationships in either direction; they may end at a theme, topic or glossary term but never pass through one (a shared classification is not a connection), nor through an entity with more than ${maxWalkFanOut} relationships.`;

@Resolver()
export class GraphWalkResolver {
  @Query(() => [GraphPath], {
    complexity: pathsComplexity,
    description: `The shortest connections between two entities: every path of the fewest relationships, up to ${maxPathCount}, or none if they are not connected within \`maxHops\`. ${walkRules} An unknown id is an error (NOT_FOUND).`,
  })
  paths(
    @Ctx() ctx: ApiContext,
    @Arg('fromId', () => ID, { description: 'Id of any entity, e.g. "partner/schools".' })
    fromId: string,
    @Arg('toId', () => ID, { description: 'Id of any entity, e.g. "metropolitan-police".' })
    toId: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: defaultPathHops,
      description: `Longest path searched, in relationships, from 1 to ${maxPathHops}.`,
    })
    maxHops?: number | null,
  ): Promise<GraphPath[]> {
    return readPaths(ctx, fromId, toId, maxHops ?? defaultPathHops);
  }

  @Query(() => Neighbourhood, {
    complexity: neighbourhoodComplexity,
    description: `The entities around one entity, for graph views: everything within \`depth\` relationships, at most \`maxNodes\` (when the cap cuts, each relationship type gets its turn). ${walkRules} An unknown id is an error (NOT_FOUND).`,
  })
  neighbourhood(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'Id of the entity at the centre.' }) id: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: defaultNeighbourhoodDepth,
      description: `How many relationships out, from 0 to ${maxNeighbourhoodDepth}.`,
    })
    depth?: number | null,
    @Arg('maxNodes', () => Int, {
      nullable: true,
      defaultValue: defaultNeighbourhoodNodes,
      description: `Most entities returned, the centre included, from 1 to ${maxNeighbourhoodNodes}.`,
    })
    maxNodes?: number | null,
  ): Promise<Neighbourhood> {
    const around = depth ?? defaultNeighbourhoodDepth;
    return readNeighbourhood(ctx, id, around, maxNodes ?? defaultNeighbourhoodNodes);
  }
}
