/**
 * The parameters of the `findings-filtered` and `recommendations-filtered` queries (and their
 * counts and ids) from a GraphQL filter. Each list travels with a flag, `$anyForce` and so on,
 * true when the list is not given: the embedded engine cannot bind a null list parameter, so
 * "no filter" cannot be written `$forceIds IS NULL`. Pure.
 */

/** The filters findings and recommendations share; `kinds` only findings have. */
export interface ItemFilterInput {
  readonly forceIds?: readonly string[] | null;
  readonly reportIds?: readonly string[] | null;
  readonly years?: readonly number[] | null;
  readonly frameworks?: readonly string[] | null;
  readonly themeIds?: readonly string[] | null;
  readonly exactTheme?: boolean | null;
  readonly topicIds?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly mentions?: readonly string[] | null;
  readonly text?: string | null;
}

/** Parameter name of each list, with the flag that switches it off. */
const lists = {
  forceIds: 'anyForce',
  reportIds: 'anyReport',
  frameworks: 'anyFramework',
  themeIds: 'anyTheme',
  topicIds: 'anyTopic',
  mentions: 'anyMention',
  kinds: 'anyKind',
} as const;

/** A list filter as two parameters: the list, and the flag true when the list is not given. */
export function listParams(
  values: readonly string[] | null | undefined,
  list: string,
  flag: string,
): Record<string, unknown> {
  return { [flag]: values == null, [list]: values == null ? [] : [...new Set(values)] };
}

/**
 * Query parameters for a filter. `candidateIds` are the items a text filter allows (null for
 * no text filter). `$kinds` is always sent; the recommendation queries ignore it. Years travel
 * as 4-digit strings, compared with the start of `publishedOn`.
 */
export function toItemFilterParams(
  filter: ItemFilterInput | null | undefined,
  candidateIds: readonly string[] | null,
): Record<string, unknown> {
  const years = filter?.years?.map((year) => String(year).padStart(4, '0'));
  const params: Record<string, unknown> = {
    ...listParams(candidateIds, 'ids', 'anyId'),
    ...listParams(years, 'years', 'anyYear'),
    exactTheme: filter?.exactTheme ?? false,
  };
  for (const [list, flag] of Object.entries(lists))
    Object.assign(params, listParams(filter?.[list as keyof typeof lists], list, flag));
  return params;
}

/** The lists an item answers from its own properties; every other list needs the graph. */
const ownLists: ReadonlySet<string> = new Set<keyof typeof lists>(['kinds']);

/**
 * True when the filter asks about the items' relationships (force, report, year, framework,
 * theme, topic, mention), not only about what the items carry (kind, words): such a filter
 * needs a query over the graph. A list added to the filter counts as a relationship unless
 * listed in `ownLists`.
 */
export function filtersOnRelationships(filter: ItemFilterInput): boolean {
  return (
    filter.years != null ||
    Object.keys(lists).some(
      (list) => !ownLists.has(list) && filter[list as keyof typeof lists] != null,
    )
  );
}

/** True when the filter leaves some item out (a list is given, or words to match). */
export function filtersAnything(filter: ItemFilterInput | null | undefined): boolean {
  if (!filter) return false;
  if (filter.text != null && filter.text.trim() !== '') return true;
  return (
    filter.years != null ||
    Object.keys(lists).some((list) => filter[list as keyof typeof lists] != null)
  );
}
