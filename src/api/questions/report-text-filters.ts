import type { NamedQuery } from '../../graph/store.js';
import type { ApiContext } from '../context.js';
import { resolveConnection, type LazyConnection } from '../pagination/connection.js';
import type { PageRequest } from '../pagination/page-window.js';
import { listParams } from './item-filter.js';

/**
 * The parameters of `sections-filtered` and `passages-filtered` (and their counts) from the
 * GraphQL filters, each list with its `$any…` flag (see `item-filter.ts` for why), and the
 * connection that reads a page and the count only when selected. Pure but for the reads.
 */

export interface SectionFilterInput {
  readonly forceIds?: readonly string[] | null;
  readonly reportIds?: readonly string[] | null;
  readonly themeIds?: readonly string[] | null;
  readonly exactTheme?: boolean | null;
  readonly codes?: readonly string[] | null;
  readonly standards?: boolean | null;
  readonly printedNone?: string | null;
  readonly kinds?: readonly string[] | null;
}

export interface PassageFilterInput {
  readonly forceIds?: readonly string[] | null;
  readonly reportIds?: readonly string[] | null;
  readonly themeIds?: readonly string[] | null;
  readonly exactTheme?: boolean | null;
  readonly sectionIds?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly topicIds?: readonly string[] | null;
  readonly mentions?: readonly string[] | null;
}

/** A standard's code as stored: letters upper case, the number two digits wide (`mc7` → `MC07`). */
export function normaliseStandardCode(code: string): string {
  const m = /^\s*([A-Za-z]+)\s*-?\s*0*(\d{1,3})\s*$/.exec(code);
  return m ? `${m[1]!.toUpperCase()}${m[2]!.padStart(2, '0')}` : code.trim();
}

export function toSectionFilterParams(
  filter: SectionFilterInput | null | undefined,
): Record<string, unknown> {
  return {
    ...listParams(filter?.forceIds, 'forceIds', 'anyForce'),
    ...listParams(filter?.reportIds, 'reportIds', 'anyReport'),
    ...listParams(filter?.themeIds, 'themeIds', 'anyTheme'),
    exactTheme: filter?.exactTheme ?? false,
    ...listParams(filter?.codes?.map(normaliseStandardCode), 'codes', 'anyCode'),
    standardsOnly: filter?.standards ?? false,
    anyNone: filter?.printedNone == null,
    printedNone: filter?.printedNone ?? '',
    ...listParams(filter?.kinds, 'kinds', 'anyKind'),
  };
}

export function toPassageFilterParams(
  filter: PassageFilterInput | null | undefined,
): Record<string, unknown> {
  return {
    ...listParams(filter?.forceIds, 'forceIds', 'anyForce'),
    ...listParams(filter?.reportIds, 'reportIds', 'anyReport'),
    ...listParams(filter?.themeIds, 'themeIds', 'anyTheme'),
    exactTheme: filter?.exactTheme ?? false,
    ...listParams(filter?.sectionIds, 'sectionIds', 'anySection'),
    ...listParams(filter?.kinds, 'kinds', 'anyKind'),
    ...listParams(filter?.topicIds, 'topicIds', 'anyTopic'),
    ...listParams(filter?.mentions, 'mentions', 'anyMention'),
    ...listParams(null, 'ids', 'anyId'),
  };
}

/**
 * A connection over a filtered list: its page query (with `$skip`, `$limit`) and its count
 * query run only when the client selects them.
 */
export function readFilteredList<T>(
  ctx: ApiContext,
  list: { readonly page: NamedQuery; readonly count: NamedQuery; readonly column: string },
  request: PageRequest,
  params: Record<string, unknown>,
): LazyConnection<T> {
  return resolveConnection<T>(
    request,
    {
      async fetchPage(window) {
        const rows = await ctx.store.read(list.page, {
          ...params,
          skip: window.skip,
          limit: window.limit,
        });
        return rows.map((row) => row[list.column] as T);
      },
      async count() {
        const [row] = await ctx.store.read(list.count, params);
        return Number(row?.total ?? 0);
      },
    },
    ctx.graphVersion,
  );
}
