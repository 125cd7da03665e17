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
}

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
