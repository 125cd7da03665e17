import { normaliseKey } from '../text/text.js';

/**
 * The grade scales HMIC has used, best grade first (rank 1 = best). A grade is stored with its
 * label in canonical case, the scale id and its rank, so grades compare across reports.
 */

export interface GradeScale {
  /** Stable id stored on every Judgement (`scale`). */
  readonly id: string;
  /** Labels in canonical case, best first; each with the wordings that mean it. */
  readonly grades: readonly { readonly label: string; readonly variants: readonly string[] }[];
  /** Whether reports print a national distribution of this scale's grades. */
  readonly hasDistribution: boolean;
}

export interface GradeMatch {
  readonly label: string;
  readonly rank: number;
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

/** Wordings of a scale, longest first so that `fails to meet the standard` wins over shorter ones. */
function listWordings(scale: GradeScale): { key: string; match: GradeMatch }[] {
  return scale.grades
    .flatMap((grade, i) =>
      [grade.label, ...grade.variants].map((w) => ({
        key: normaliseKey(w),
        match: { label: grade.label, rank: i + 1 },
      })),
    )
    .sort((a, b) => b.key.length - a.key.length);
}

/** The grade a whole text names (`FAIR`, `Requires improvement`), or undefined. */
export function matchGradeExact(scale: GradeScale, text: string): GradeMatch | undefined {
  const key = normaliseKey(text);
  return listWordings(scale).find((w) => w.key === key)?.match;
}

/**
 * The grade a text starts with (`Exceeds the standard – and delivering at …`), or undefined.
 * Only the leading grade counts, so a trailing `(2006: Good)` can never be read as current.
 */
export function matchGradePrefix(scale: GradeScale, text: string): GradeMatch | undefined {
  const key = normaliseKey(text);
  return listWordings(scale).find((w) => key === w.key || key.startsWith(`${w.key} `))?.match;
}

/** True when a line is only a grade label of any known scale (or `Ungraded`): never a heading. */
export function isGradeLabel(text: string): boolean {
  if (normaliseKey(text) === 'ungraded') return true;
  return gradeScales.some((scale) => matchGradeExact(scale, text) !== undefined);
}
