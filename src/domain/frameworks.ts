/**
 * The inspection framework families the parser recognises (`src/ingest/layout/framework.ts`):
 * a report's framework id is its family followed by a year (`PEEL_EFFECTIVENESS_2016`), a
 * theme's framework is the family alone. The PEEL family names the pillar the cover prints.
 */
export const frameworkFamilies = [
  'HMIC_INSPECTION',
  'MAJOR_CRIME',
  'PEEL_EFFECTIVENESS',
  'PEEL_EFFICIENCY',
  'PEEL_LEGITIMACY',
  'PEEL_LEADERSHIP',
] as const;

export type FrameworkFamily = (typeof frameworkFamilies)[number];

/**
 * A report's framework id split into its family and year: `PEEL_EFFECTIVENESS_2016` →
 * `{ family: 'PEEL_EFFECTIVENESS', year: 2016 }`. A theme's framework (no year) gives a null
 * year; an id of no known family gives undefined.
 */
export function splitFrameworkId(
  id: string,
): { family: FrameworkFamily; year: number | null } | undefined {
  const match = /^(.*?)(?:_(\d{4}))?$/.exec(id);
  const family = frameworkFamilies.find((f) => f === match?.[1]);
  if (!family) return undefined;
  return { family, year: match?.[2] ? Number(match[2]) : null };
}

/**
 * The year an inspection belongs to: the year in its framework id (`PEEL_EFFECTIVENESS_2016` →
 * 2016), else, for frameworks named without one, the year of publication (`2007-10` → 2007).
 */
export function readFrameworkYear(framework: string, publishedOn: string): number {
  return splitFrameworkId(framework)?.year ?? Number(publishedOn.slice(0, 4));
}
