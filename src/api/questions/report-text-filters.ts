import type { NamedQuery } from '../../graph/store.js';
import type { ApiContext } from '../context.js';
import type { LazyConnection } from '../pagination/connection.js';
import { keysetOrder, resolveKeysetConnection } from '../pagination/keyset.js';
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

/** A list of a report's parts read across reports: newest report first, then reading order. */
export interface ReadingOrderList {
  /** The list's name in its cursors (`sections`). */
  readonly name: string;
  /** Its page query, which returns the item and its sort key (month, reportId, ordinal, id). */
  readonly page: NamedQuery;
  readonly count: NamedQuery;
  /** The column of the page query's rows that holds the item. */
  readonly column: string;
}

/**
 * A connection over a filtered list of sections, passages or figures: its page query (keyset
 * paged, see `keyset.ts`) and its count query run only when the client selects them, with the
 * filter's parameters (given, or read once on first use).
 */
export function readFilteredList<T>(
  ctx: ApiContext,
  list: ReadingOrderList,
  request: PageRequest,
  params: Record<string, unknown> | (() => Promise<Record<string, unknown>>),
): LazyConnection<T> {
  let read: Promise<Record<string, unknown>> | undefined;
  const readParams = () =>
    (read ??= typeof params === 'function' ? params() : Promise.resolve(params));
  return resolveKeysetConnection<T>(
    request,
    {
      order: keysetOrder(list.name, 'PUBLISHED_ON/DESC', {
        month: 'string',
        reportId: 'string',
        ordinal: 'int',
        id: 'string',
      }),
      column: list.column,
      async fetchRows(pageParams) {
        return ctx.store.read(list.page, { ...(await readParams()), ...pageParams });
      },
      async count() {
        const [row] = await ctx.store.read(list.count, await readParams());
        return Number(row?.total ?? 0);
      },
    },
    ctx.graphVersion,
  );
}
