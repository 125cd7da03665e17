/**
 * The grade scales HMIC has used, best grade first: a grade's rank is its place on its scale
 * (rank 1 = best). A grade is stored with its label in canonical case, the scale id and its
 * rank, so grades compare across reports. Ingestion reads grades with these scales; the API
 * compares ranks on them.
 */

export interface GradeScale {
  /** Stable id stored on every Judgement (`scale`). */
  readonly id: string;
  /** Labels in canonical case, best first; each with the wordings that mean it. */
  readonly grades: readonly { readonly label: string; readonly variants: readonly string[] }[];
  /** Whether reports print a national distribution of this scale's grades. */
  readonly hasDistribution: boolean;
  /** What the scale is called, for readers (`Excellent to poor (2007 programmed inspections)`). */
  readonly name: string;
  /** The best rank that counts as weak (1 = best): this grade and every worse one are weak. */
  readonly weakFromRank: number;
}

/**
 * A grade counts as weak at this rank or worse (1 = best). The one threshold fits every scale
 * the reports use: Fair and Poor (2007), Fails to meet the standard (2008), Requires
 * improvement and Inadequate (PEEL); each scale states it as `weakFromRank`.
 */
export const weakGradeRank = 3;

/** 2007 programmed frameworks: `GRADE EXCELLENT`, with a national distribution per theme. */
export const excellentToPoor: GradeScale = {
  id: 'EXCELLENT_TO_POOR',
  grades: [
    { label: 'Excellent', variants: [] },
    { label: 'Good', variants: [] },
    { label: 'Fair', variants: [] },
    { label: 'Poor', variants: [] },
  ],
  hasDistribution: true,
  name: 'Excellent, good, fair, poor (2007 programmed inspections; fair meets national threshold standards)',
  weakFromRank: weakGradeRank,
};

/** 2008 major crime: compliance with the ACPO threshold standard. */
export const standardCompliance: GradeScale = {
  id: 'STANDARD_COMPLIANCE',
  grades: [
    {
      label: 'Exceeds the standard',
      variants: ['exceeding the standard', 'exceeds standard', 'exceeds the standards'],
    },
    {
      label: 'Meets the standard',
      variants: ['meeting the standard', 'meets standard', 'meets the standards'],
    },
    {
      label: 'Fails to meet the standard',
      variants: [
        'failing to meet the standard',
        'fails to meet standard',
        'does not meet the standard',
        'not meeting the standard',
      ],
    },
  ],
  hasDistribution: false,
  name: 'Compliance with the ACPO threshold standard (2008 major crime inspection)',
  weakFromRank: weakGradeRank,
};

/** PEEL (2014 onwards): outstanding, good, requires improvement, inadequate. */
export const outstandingToInadequate: GradeScale = {
  id: 'OUTSTANDING_TO_INADEQUATE',
  grades: [
    { label: 'Outstanding', variants: [] },
    { label: 'Good', variants: [] },
    { label: 'Requires improvement', variants: ['require improvement', 'requiring improvement'] },
    { label: 'Inadequate', variants: [] },
  ],
  hasDistribution: false,
  name: 'Outstanding, good, requires improvement, inadequate (PEEL, 2014 onwards)',
  weakFromRank: weakGradeRank,
};

export const gradeScales: readonly GradeScale[] = [
  excellentToPoor,
  standardCompliance,
  outstandingToInadequate,
];

/** The scale with this id (`EXCELLENT_TO_POOR`), or undefined. */
export function findGradeScale(id: string): GradeScale | undefined {
  return gradeScales.find((scale) => scale.id === id);
}

/** The rank of the grade at `index` on its scale, best first: 1 for the first grade. */
export function rankAt(index: number): number {
  return index + 1;
}

/**
 * The code of a grade label, as the API's `Grade` enum names it: `Requires improvement` →
 * `REQUIRES_IMPROVEMENT`. Labels equal on two scales (`Good`) share a code; the scale tells
 * them apart.
 */
export function toGradeCode(label: string): string {
  return label
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Every grade code of every scale, each once, in scale order (best first within a scale). */
export const gradeCodes: readonly string[] = [
  ...new Set(gradeScales.flatMap((scale) => scale.grades.map((grade) => toGradeCode(grade.label)))),
];

/**
 * Where a grade sits on its scale, from 0 (the best grade) to 1 (the worst): (rank − 1) /
 * (grades − 1), so that grades on scales of different lengths compare.
 */
export function gradePosition(scale: GradeScale, rank: number): number {
  const steps = scale.grades.length - 1;
  return steps > 0 ? (rank - 1) / steps : 0;
}
