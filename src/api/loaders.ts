import DataLoader from 'dataloader';
import type { GraphStore, NamedQuery, Row } from '../graph/store.js';
import type { Queries } from '../graph/queries.js';
import type { ForceNode, JudgementNode, ReportNode, ThemeNode } from './nodes.js';

/**
 * A loader for "the node with this id": one query for all ids requested in a tick, results
 * in key order, null for an unknown id.
 */
function createByIdLoader<T extends { id: string }>(
  store: GraphStore,
  query: NamedQuery,
  column: string,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await store.read(query, { ids: [...ids] });
    const byId = new Map<string, T>();
    for (const row of rows) {
      const node = row[column] as T;
      byId.set(node.id, node);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A loader for "the nodes related to this key": the query returns a `key` column and a node
 * column, in the order the field should list them; each key gets its rows (possibly none).
 */
function createByKeyLoader<T>(
  store: GraphStore,
  query: NamedQuery,
  column: string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await store.read(query, { ids: [...keys] });
    return groupRowsByKey<T>(rows, column, keys);
  });
}

/** Splits rows into per-key lists, keeping row order within each key. */
export function groupRowsByKey<T>(
  rows: readonly Row[],
  column: string,
  keys: readonly string[],
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key as string)?.push(row[column] as T);
  return keys.map((key) => groups.get(key) ?? []);
}

/** A single related node per key (e.g. the force of a report), null where there is none. */
function createOneByKeyLoader<T>(
  store: GraphStore,
  query: NamedQuery,
  column: string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await store.read(query, { ids: [...keys] });
    return groupRowsByKey<T>(rows, column, keys).map((list) => list[0] ?? null);
  });
}

/**
 * The per-request loader set. Created once per GraphQL request, so their caches never
 * outlive a request and never serve one user's view to another.
 */
export function createLoaders(store: GraphStore, queries: Queries) {
  return {
    forceById: createByIdLoader<ForceNode>(store, queries.forcesByIds, 'force'),
    reportById: createByIdLoader<ReportNode>(store, queries.reportsByIds, 'report'),
    themeById: createByIdLoader<ThemeNode>(store, queries.themesByIds, 'theme'),
    forceByReportId: createOneByKeyLoader<ForceNode>(store, queries.forcesByReportIds, 'force'),
    forceByJudgementId: createOneByKeyLoader<ForceNode>(
      store,
      queries.forcesByJudgementIds,
      'force',
    ),
    reportByJudgementId: createOneByKeyLoader<ReportNode>(
      store,
      queries.reportsByJudgementIds,
      'report',
    ),
    themeByJudgementId: createOneByKeyLoader<ThemeNode>(
      store,
      queries.themesByJudgementIds,
      'theme',
    ),
    reportsByForceId: createByKeyLoader<ReportNode>(store, queries.reportsByForceIds, 'report'),
    childThemesByThemeId: createByKeyLoader<ThemeNode>(store, queries.themesByParentIds, 'theme'),
    judgementsByReportId: createByKeyLoader<JudgementNode>(
      store,
      queries.judgementsByReportIds,
      'judgement',
    ),
    judgementsByForceId: createByKeyLoader<JudgementNode>(
      store,
      queries.judgementsByForceIds,
      'judgement',
    ),
    judgementsByThemeId: createByKeyLoader<JudgementNode>(
      store,
      queries.judgementsByThemeIds,
      'judgement',
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
