/**
 * The units a figure is stated in. Ingestion reads them from the words around a number, the
 * graph stores them on `Figure.unit`, the API exposes them as an enum and filters on them: all
 * from this one list. A count of things per period (`50 cases a month`) is a `COUNT`, the period
 * staying in the measure; a ratio printed `1:50` is a `RATIO` of 50.
 */
export const figureUnits = [
  'PERCENT',
  'PERCENTAGE_POINTS',
  'COUNT',
  'POUNDS',
  'PER_1000_POPULATION',
  'PER_1000_HOUSEHOLDS',
  'PER_10000_POPULATION',
  'PER_MILLION_POPULATION',
  'PER_100_OFFENCES',
  'RATIO',
  'MINUTES',
  'HOURS',
  'DAYS',
  'WEEKS',
  'MONTHS',
  'YEARS',
  'SQUARE_MILES',
  'KILOGRAMS',
] as const;

export type FigureUnit = (typeof figureUnits)[number];

const known: ReadonlySet<string> = new Set(figureUnits);

export function isFigureUnit(value: string): value is FigureUnit {
  return known.has(value);
}

/**
 * What a figure's comparator is: the England and Wales figure, the most similar forces'
 * average, a national average, a target (or benchmark, plan, requirement), a total the figure
 * is part of (`39 out of 43`), an earlier period (`three years ago`), or something else the
 * sentence names (another area, a group).
 */
export const comparatorKinds = [
  'ENGLAND_AND_WALES',
  'MOST_SIMILAR_FORCES',
  'NATIONAL_AVERAGE',
  'TARGET',
  'TOTAL',
  'EARLIER_PERIOD',
  'OTHER',
] as const;

export type ComparatorKind = (typeof comparatorKinds)[number];
