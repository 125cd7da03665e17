import { weaknessKinds } from '../../domain/finding-kinds.js';
import type { ApiContext } from '../context.js';
import type { FindingNode, ForceNode, JudgementNode, ThemeNode, TopicNode } from '../nodes.js';
import { checkWholeNumber, weakGradeRank } from './question-bounds.js';
import { groupSharedWeaknesses } from './shared-weaknesses.js';

/** What a client may narrow the shared-weaknesses questions to. */
export interface WeaknessFilter {
  /** Only these forces; none or empty for all. */
  readonly forceIds?: readonly string[] | null | undefined;
  /** Only weaknesses on these themes or their sub-themes; none or empty for all. */
  readonly themeIds?: readonly string[] | null | undefined;
  /** Least number of forces a weakness must be shared by. */
  readonly minForces: number;
}

/** The most forces `minForces` may ask for (England and Wales have 43 territorial forces). */
const maxMinForces = 100;

function readFilterParams(filter: WeaknessFilter) {
  checkWholeNumber('minForces', filter.minForces, 1, maxMinForces);
  return {
    weaknessKinds: [...weaknessKinds],
    anyForce: !filter.forceIds?.length,
    forceIds: [...(filter.forceIds ?? [])],
    anyTheme: !filter.themeIds?.length,
    themeIds: [...(filter.themeIds ?? [])],
  };
}

/** Topics at least `minForces` forces have areas for improvement or causes of concern in. */
export async function readSharedWeaknesses(ctx: ApiContext, filter: WeaknessFilter) {
  const rows = await ctx.store.read(ctx.queries.weaknessFindings, readFilterParams(filter));
  const groups = groupSharedWeaknesses(
    rows.map((row) => ({
      subject: row.topic as TopicNode,
      force: row.force as ForceNode,
      evidence: row.finding as FindingNode,
    })),
    filter.minForces,
  );
  return groups.map(({ subject, forces, evidence }) => ({
    topic: subject,
    forces,
    weaknessFindings: evidence,
  }));
}

/** Themes at least `minForces` forces were graded weak on (rank `weakGradeRank` or worse). */
export async function readSharedWeakThemes(ctx: ApiContext, filter: WeaknessFilter) {
  const params = { ...readFilterParams(filter), minRank: weakGradeRank };
  const rows = await ctx.store.read(ctx.queries.weakJudgements, params);
  const groups = groupSharedWeaknesses(
    rows.map((row) => ({
      subject: row.theme as ThemeNode,
      force: row.force as ForceNode,
      evidence: row.judgement as JudgementNode,
    })),
    filter.minForces,
  );
  return groups.map(({ subject, forces, evidence }) => ({
    theme: subject,
    forces,
    judgements: evidence,
  }));
}
