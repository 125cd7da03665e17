import type { ClassType } from 'type-graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import { Finding } from '../types/finding.type.js';
import { ForceFact } from '../types/force-fact.type.js';
import { Judgement } from '../types/judgement.type.js';
import { Recommendation } from '../types/recommendation.type.js';
import { Term } from '../types/term.type.js';
import { Unit } from '../types/unit.type.js';
import { loadNodeOfLabel } from './evidence.js';

/**
 * A direct root lookup (`finding(id:)`, ...) for a node type whose other fields live in its own
 * resolver: the node if the id names one of that type, else null (docs/api.md, unknown ids).
 * The type's GraphQL name is its graph label.
 */
function createLookupResolver(type: ClassType, field: string, what: string) {
  @Resolver()
  class LookupResolver {
    @Query(() => type, {
      name: field,
      complexity: relationshipComplexity,
      nullable: true,
      description: `One ${what} by id; null if there is none (or the id names another kind of entity).`,
    })
    lookup(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<unknown> {
      return loadNodeOfLabel(ctx, id, type.name);
    }
  }
  return LookupResolver;
}

/** The lookups of the node types that had none (the others sit in their types' resolvers). */
export const lookupResolvers = (
  [
    [
      Finding,
      'finding',
      'finding (strength, work in progress, area for improvement or cause of concern)',
    ],
    [Recommendation, 'recommendation', 'recommendation'],
    [Judgement, 'judgement', 'judgement (a grade a report gives a force on a theme)'],
    [Unit, 'unit', 'unit of a force (command, team, department or BCU)'],
    [Term, 'term', 'glossary term'],
    [ForceFact, 'forceFact', 'fact a report states about a force (a figure in its force profile)'],
  ] as const
).map(([type, field, what]) => createLookupResolver(type, field, what));
