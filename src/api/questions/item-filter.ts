/**
 * The parameters of the `findings-filtered` and `recommendations-filtered` queries (and their
 * counts) from a GraphQL filter. Each list travels with a flag, `$anyForce` and so on, true
 * when the list is not given: the embedded engine cannot bind a null list parameter, so "no
 * filter" cannot be written `$forceIds IS NULL`. Pure.
 */

/** The list filters both connections share; `kinds` only findings have. */
export interface ItemFilterInput {
  readonly forceIds?: readonly string[] | null;
  readonly reportIds?: readonly string[] | null;
  readonly themeIds?: readonly string[] | null;
  readonly topicIds?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly mentions?: readonly string[] | null;
}

/** Parameter name of each list, with the flag that switches it off. */
const lists = {
  forceIds: 'anyForce',
  reportIds: 'anyReport',
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
 * no text filter). `$kinds` is always sent; the recommendation queries ignore it.
 */
export function toItemFilterParams(
  filter: ItemFilterInput | null | undefined,
  candidateIds: readonly string[] | null,
): Record<string, unknown> {
  const params: Record<string, unknown> = listParams(candidateIds, 'ids', 'anyId');
  for (const [list, flag] of Object.entries(lists))
    Object.assign(params, listParams(filter?.[list as keyof typeof lists], list, flag));
  return params;
}
