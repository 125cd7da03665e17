import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import type { JudgementNode } from '../nodes.js';

/** Every grade given on a theme; NOT_FOUND for an unknown theme. */
export async function readGradeComparison(
  ctx: ApiContext,
  themeId: string,
): Promise<JudgementNode[]> {
  if (!(await ctx.loaders.themeById.load(themeId))) notFound('Theme', themeId);
  const rows = await ctx.store.read(ctx.queries.gradeComparisonByThemeId, { themeId });
  return rows.map((row) => row.judgement as JudgementNode);
}
