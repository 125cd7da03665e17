import { gradeScales, rankAt, type GradeScale } from '../../domain/grade-scales.js';
import { normaliseKey } from '../text/text.js';

/**
 * Grade wordings as printed, read against the scales of `src/domain/grade-scales.ts`: the exact
 * label of a grade, the grade a text starts with, and whether a line is only a grade label.
 */

export interface GradeMatch {
  readonly label: string;
  readonly rank: number;
}

/** Wordings of a scale, longest first so that `fails to meet the standard` wins over shorter ones. */
function listWordings(scale: GradeScale): { key: string; match: GradeMatch }[] {
  return scale.grades
    .flatMap((grade, i) =>
      [grade.label, ...grade.variants].map((w) => ({
        key: normaliseKey(w),
        match: { label: grade.label, rank: rankAt(i) },
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
