import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { defaultSimilarForces, maxSimilarForces } from '../questions/question-bounds.js';
import { similarForcesComplexity } from '../questions/question-complexity.js';
import { readSimilarForces } from '../questions/similar-forces.query.js';
import { ForceSimilarity } from '../types/force-similarity.type.js';

@Resolver()
export class SimilarForcesResolver {
  @Query(() => [ForceSimilarity], {
    complexity: similarForcesComplexity,
    description:
      'Forces ranked by how alike their weaknesses and grades are to one force (see ForceSimilarity for the measure), most alike first; forces sharing nothing are left out. An unknown force is an error (NOT_FOUND). Not to be confused with `Force.mostSimilarForces`, the group a report names.',
  })
  similarForces(
    @Ctx() ctx: ApiContext,
    @Arg('forceId', () => ID, { description: 'The force to compare others with.' })
    forceId: string,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: defaultSimilarForces,
      description: `How many forces to return, from 0 to ${maxSimilarForces}.`,
    })
    first?: number | null,
  ): Promise<ForceSimilarity[]> {
    return readSimilarForces(ctx, forceId, first ?? defaultSimilarForces);
  }
}
