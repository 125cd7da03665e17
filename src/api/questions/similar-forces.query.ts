import { weaknessKinds } from '../../domain/finding-kinds.js';
import { findGradeScale } from '../../domain/grade-scales.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ForceNode, ThemeNode, TopicNode } from '../nodes.js';
import { checkWholeNumber, maxSimilarForces } from './question-bounds.js';
import { buildForceProfiles, rankSimilarForces, type GradeRow } from './similar-forces.js';

/** Number of grades on a scale, from the scales ingestion reads grades with. */
function countScaleLevels(scale: string): number | undefined {
  return findGradeScale(scale)?.grades.length;
}

/**
 * The forces most like `forceId` by weakness topics and grades (see `similar-forces.ts`).
 * Throws NOT_FOUND for an unknown force and BAD_USER_INPUT for `first` out of range.
 */
export async function readSimilarForces(ctx: ApiContext, forceId: string, first: number) {
  checkWholeNumber('first', first, 0, maxSimilarForces);
  if (!(await ctx.loaders.forceById.load(forceId))) notFound('Force', forceId);
  const profiles = await ctx.derived.get('force-profiles', () => readForceProfiles(ctx));
  const ranked = rankSimilarForces(profiles, forceId, first, countScaleLevels);
  const forces = await ctx.loaders.forceById.loadMany(ranked.map((similar) => similar.forceId));
  return ranked.map((similar, i) => ({
    ...similar,
    force: (forces[i] as ForceNode | null) ?? notFound('Force', similar.forceId),
  }));
}

/**
 * Every force's weakness topics and latest grades: read from the whole graph, so kept between
 * requests until the graph changes (`ctx.derived`).
 */
async function readForceProfiles(ctx: ApiContext) {
  const [topicRows, gradeRows] = await Promise.all([
    ctx.store.read(ctx.queries.weaknessTopicsAll, { weaknessKinds: [...weaknessKinds] }),
    ctx.store.read(ctx.queries.gradesAll),
  ]);
  return buildForceProfiles(
    topicRows.map((row) => ({ forceId: row.forceId as string, topic: row.topic as TopicNode })),
    gradeRows.map((row): GradeRow => ({
      forceId: row.forceId as string,
      theme: row.theme as ThemeNode,
      rank: row.rank as number,
      scale: row.scale as string,
      publishedOn: row.publishedOn as string,
    })),
  );
}
