import { weaknessKinds } from '../../domain/finding-kinds.js';
import type { ApiContext } from '../context.js';
import type { FindingNode, ForceNode, JudgementNode, ThemeNode, TopicNode } from '../nodes.js';
import { checkWholeNumber, weakGradeRank } from './question-bounds.js';
import {
  groupSharedWeaknesses,
  type SharedWeaknessGroup,
  type WeaknessRow,
} from './shared-weaknesses.js';

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

/**
 * The question's subjects, grouped (`groupSharedWeaknesses`). Without a theme filter, every
 * force's rows are read once per state of the graph (`ctx.derived`), and so are their groups
 * when no force filter narrows them; a force filter narrows the kept rows, which keeps the
 * query's order. With a theme filter, the store narrows the query.
 */
async function readWeaknessGroups<
  S extends { readonly id: string; readonly name: string },
  E extends { readonly id: string },
>(
  ctx: ApiContext,
  name: string,
  filter: WeaknessFilter,
  read: (params: ReturnType<typeof readFilterParams>) => Promise<WeaknessRow<S, E>[]>,
): Promise<SharedWeaknessGroup<S, E>[]> {
  const params = readFilterParams(filter);
  if (!params.anyTheme) return groupSharedWeaknesses(await read(params), filter.minForces);
  const readAll = () =>
    ctx.derived.get(name, () => read({ ...params, anyForce: true, forceIds: [] }));
  if (params.anyForce) {
    // Grouped once at the lowest bar: most forces first, so a higher bar keeps a prefix.
    const groups = await ctx.derived.get(`${name}/groups`, async () =>
      groupSharedWeaknesses(await readAll(), 1),
    );
    return groups.filter((group) => group.forces.length >= filter.minForces);
  }
  const forces = new Set(params.forceIds);
  const rows = (await readAll()).filter((row) => forces.has(row.force.id));
  return groupSharedWeaknesses(rows, filter.minForces);
}

/** Topics at least `minForces` forces have areas for improvement or causes of concern in. */
export async function readSharedWeaknesses(ctx: ApiContext, filter: WeaknessFilter) {
  const groups = await readWeaknessGroups(ctx, 'weakness-findings', filter, async (params) =>
    (await ctx.store.read(ctx.queries.weaknessFindings, params)).map((row) => ({
      subject: row.topic as TopicNode,
      force: row.force as ForceNode,
      evidence: row.finding as FindingNode,
    })),
  );
  return groups.map(({ subject, forces, evidence }) => ({
    topic: subject,
    forces,
    weaknessFindings: evidence,
  }));
}

/** Themes at least `minForces` forces were graded weak on (rank `weakGradeRank` or worse). */
export async function readSharedWeakThemes(ctx: ApiContext, filter: WeaknessFilter) {
  const groups = await readWeaknessGroups(ctx, 'weak-judgements', filter, async (params) =>
    (await ctx.store.read(ctx.queries.weakJudgements, { ...params, minRank: weakGradeRank })).map(
      (row) => ({
        subject: row.theme as ThemeNode,
        force: row.force as ForceNode,
        evidence: row.judgement as JudgementNode,
      }),
    ),
  );
  return groups.map(({ subject, forces, evidence }) => ({
    theme: subject,
    forces,
    judgements: evidence,
  }));
}
