import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { pageComplexity } from '../limits/field-complexity.js';
import type { FindingNode } from '../nodes.js';
import type { Connection } from '../pagination/connection.js';
import { findingList, pageNestedItems } from '../questions/filtered-items.query.js';
import { FindingConnection } from '../types/item-connection.type.js';
import { FindingsArgs } from '../types/item-filter.input.js';
import type { ApiContext } from '../context.js';
import { defaultMinForces } from '../questions/question-bounds.js';
import { scanComplexity } from '../questions/question-complexity.js';
import {
  readSharedWeaknesses,
  readSharedWeakThemes,
} from '../questions/shared-weaknesses.query.js';
import { SharedWeakness, SharedWeakTheme } from '../types/shared-weakness.type.js';

const forceIdsArg = {
  nullable: true,
  description: 'Only these forces (unknown ids match nothing); omit or leave empty for all.',
} as const;
const themeIdsArg = {
  nullable: true,
  description: 'Only weaknesses on these themes or their sub-themes; omit or leave empty for all.',
} as const;
const minForcesArg = {
  nullable: true,
  defaultValue: defaultMinForces,
  description: 'Least number of forces that must share a weakness, from 1 to 100.',
} as const;

@Resolver(() => SharedWeakness)
export class SharedWeaknessResolver {
  @FieldResolver(() => FindingConnection, {
    complexity: pageComplexity,
    description:
      'The evidence: every area for improvement or cause of concern on the topic, by force, then by report and line (or as `orderBy` says), filtered as the root `findings`.',
  })
  findings(
    @Root() weakness: SharedWeakness,
    @Args(() => FindingsArgs) args: FindingsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Connection<FindingNode>> {
    return pageNestedItems(ctx, findingList(ctx.queries), weakness.weaknessFindings, args);
  }

  @Query(() => [SharedWeakness], {
    complexity: scanComplexity,
    description:
      'Topics that at least `minForces` forces have areas for improvement or causes of concern in, with the forces and the findings as evidence: the most widely shared first (most forces, then most findings). For themes graded weak, see `sharedWeakThemes`.',
  })
  sharedWeaknesses(
    @Ctx() ctx: ApiContext,
    @Arg('forceIds', () => [ID], forceIdsArg) forceIds?: string[] | null,
    @Arg('themeIds', () => [ID], themeIdsArg) themeIds?: string[] | null,
    @Arg('minForces', () => Int, minForcesArg) minForces?: number | null,
  ): Promise<SharedWeakness[]> {
    return readSharedWeaknesses(ctx, {
      forceIds,
      themeIds,
      minForces: minForces ?? defaultMinForces,
    });
  }

  @Query(() => [SharedWeakTheme], {
    complexity: scanComplexity,
    description:
      'Themes that at least `minForces` forces were graded at the weak end of the scale on (rank 3 or worse: Fair or Poor in 2007, Fails to meet the standard in 2008, Requires improvement or Inadequate in PEEL), with the grades as evidence.',
  })
  sharedWeakThemes(
    @Ctx() ctx: ApiContext,
    @Arg('forceIds', () => [ID], forceIdsArg) forceIds?: string[] | null,
    @Arg('themeIds', () => [ID], themeIdsArg) themeIds?: string[] | null,
    @Arg('minForces', () => Int, minForcesArg) minForces?: number | null,
  ): Promise<SharedWeakTheme[]> {
    return readSharedWeakThemes(ctx, {
      forceIds,
      themeIds,
      minForces: minForces ?? defaultMinForces,
    });
  }
}
