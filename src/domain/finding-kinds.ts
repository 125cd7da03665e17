/**
 * The kinds of finding a report lists, as the report heads the list it sits in. Ingestion
 * reads them, the graph stores them on `Finding.kind`, the API exposes them as an enum and the
 * weakness questions filter on them: all from this one list.
 */
export const findingKinds = [
  'STRENGTH',
  'WORK_IN_PROGRESS',
  'AREA_FOR_IMPROVEMENT',
  'CAUSE_OF_CONCERN',
] as const;

export type FindingKind = (typeof findingKinds)[number];

/** The kinds that are weaknesses: what recommendations address and the weakness questions count. */
export const weaknessKinds: readonly FindingKind[] = ['AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN'];

const known: ReadonlySet<string> = new Set(findingKinds);
const weak: ReadonlySet<string> = new Set(weaknessKinds);

export function isFindingKind(value: string): value is FindingKind {
  return known.has(value);
}

export function isWeaknessKind(kind: string): boolean {
  return weak.has(kind);
}
