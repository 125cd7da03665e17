import type { ApiContext } from '../context.js';
import type { FigureRow, ThemeNode } from '../nodes.js';
import type { FigureFilter } from '../types/figure-filter.input.js';
import { readNodes } from '../resolvers/read-nodes.js';

/**
 * One figure filter, two places it runs: as parameters of the `figures-filtered` queries (the
 * root connection) and over the rows a loader fetched (the `figures` of a force or report),
 * with the same meaning: themes expanded to their sub-themes unless `exactTheme`, the text
 * answered by the search index.
 */

/** A filter with its themes expanded and its text resolved to the figures holding every word. */
export interface ResolvedFigureFilter {
  readonly forceIds: ReadonlySet<string> | null;
  readonly reportIds: ReadonlySet<string> | null;
  readonly themeIds: ReadonlySet<string> | null;
  readonly units: ReadonlySet<string> | null;
  readonly comparedWith: ReadonlySet<string> | null;
  /** Figures the text filter allows, null for no text filter. */
  readonly ids: ReadonlySet<string> | null;
}

const set = (values: readonly string[] | null | undefined): ReadonlySet<string> | null =>
  values == null ? null : new Set(values);

export async function resolveFigureFilter(
  ctx: ApiContext,
  filter: FigureFilter | null | undefined,
): Promise<ResolvedFigureFilter> {
  const text = filter?.text;
  const ids = text ? await ctx.search.findItemsWithAllWords('FIGURE', text) : null;
  const themeIds =
    filter?.themeIds == null
      ? null
      : filter.exactTheme
        ? new Set(filter.themeIds)
        : await expandThemes(ctx, filter.themeIds);
  return {
    forceIds: set(filter?.forceIds),
    reportIds: set(filter?.reportIds),
    themeIds,
    units: set(filter?.units),
    comparedWith: set(filter?.comparedWith),
    ids: set(ids),
  };
}

/** The given themes and every theme below them. */
async function expandThemes(ctx: ApiContext, themeIds: readonly string[]): Promise<Set<string>> {
  const themes = await readNodes<ThemeNode>(ctx, ctx.queries.themesAll, 'theme');
  const out = new Set(themeIds);
  for (let grew = true; grew;) {
    grew = false;
    for (const theme of themes)
      if (theme.parentId !== null && out.has(theme.parentId) && !out.has(theme.id)) {
        out.add(theme.id);
        grew = true;
      }
  }
  return out;
}

/** Parameters of `figures-filtered` and its count: each list with the flag that switches it off. */
export function toFigureFilterParams(filter: ResolvedFigureFilter): Record<string, unknown> {
  const list = (values: ReadonlySet<string> | null, name: string, flag: string) => ({
    [flag]: values === null,
    [name]: values === null ? [] : [...values].sort(),
  });
  return {
    ...list(filter.forceIds, 'forceIds', 'anyForce'),
    ...list(filter.reportIds, 'reportIds', 'anyReport'),
    ...list(filter.themeIds, 'themeIds', 'anyTheme'),
    ...list(filter.units, 'units', 'anyUnit'),
    ...list(filter.comparedWith, 'comparatorKinds', 'anyComparator'),
    ...list(filter.ids, 'ids', 'anyId'),
  };
}

/** Whether a figure a loader fetched passes the filter. */
export function matchesFigureFilter(row: FigureRow, filter: ResolvedFigureFilter): boolean {
  const within = (values: ReadonlySet<string> | null, value: string | null | undefined) =>
    values === null || (value != null && values.has(value));
  return (
    within(filter.forceIds, row.forceId) &&
    within(filter.reportIds, row.figure.reportId) &&
    within(filter.themeIds, row.themeId) &&
    within(filter.units, row.figure.unit) &&
    within(filter.comparedWith, row.figure.comparatorKind) &&
    within(filter.ids, row.figure.id)
  );
}
