/**
 * The entity lists (`initiatives`, `partnerAgencies`, `units`) are small enough to filter in
 * memory: the whole list is one read, the relationship filters one batched read each. Pure
 * helpers for the parts that need no store.
 */

/** True when one of the entity's names holds `part`, in any case; a blank part matches all. */
export function hasNamePart(
  part: string | null | undefined,
  names: readonly (string | null | undefined)[],
): boolean {
  const needle = part?.trim().toLowerCase();
  if (!needle) return true;
  return names.some((name) => name?.toLowerCase().includes(needle));
}

/** True when the list does not filter (null) or holds the value. */
export function isAllowed<T>(allowed: readonly T[] | null | undefined, value: T | null): boolean {
  return allowed == null || (value !== null && allowed.includes(value));
}

/** True when the list does not filter (null) or shares a value with `values`. */
export function sharesAny(
  allowed: readonly string[] | null | undefined,
  values: readonly string[],
): boolean {
  return allowed == null || values.some((value) => allowed.includes(value));
}

/** True when `curated` does not filter (null) or equals the entity's flag. */
export function matchesCurated(
  curated: boolean | null | undefined,
  value: boolean | null,
): boolean {
  return curated == null || curated === (value ?? false);
}
