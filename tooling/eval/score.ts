/**
 * The score of one kind on one report: true positives, false positives and misses, with the
 * items behind each count so that `--verbose` can show what went wrong.
 */
export interface KindScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Extracted items the labels do not support, each with why. */
  readonly falsePositives: readonly string[];
  /** Labelled items nothing extracted matched. */
  readonly misses: readonly string[];
}

/** Precision and recall bounds; an absent bound is not checked. */
export interface Bounds {
  readonly precision?: number;
  readonly recall?: number;
}

/** Precision, or 1 when nothing was extracted (nothing was wrong). */
export function precisionOf(score: Pick<KindScore, 'tp' | 'fp'>): number {
  return score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
}

/** Recall, or 1 when nothing was labelled (nothing was missed). */
export function recallOf(score: Pick<KindScore, 'tp' | 'fn'>): number {
  return score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
}

/** The micro-averaged sum of several scores. */
export function sumScores(scores: readonly KindScore[]): KindScore {
  return {
    tp: scores.reduce((n, s) => n + s.tp, 0),
    fp: scores.reduce((n, s) => n + s.fp, 0),
    fn: scores.reduce((n, s) => n + s.fn, 0),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    misses: scores.flatMap((s) => s.misses),
  };
}

/** The bounds a score falls below, as readable sentences (empty when it meets them all). */
export function listShortfalls(score: KindScore, bounds: Bounds): string[] {
  const out: string[] = [];
  const check = (what: string, value: number, bound: number | undefined): void => {
    if (bound !== undefined && value < bound)
      out.push(`${what} ${formatPercent(value)} < ${formatPercent(bound)}`);
  };
  check('precision', precisionOf(score), bounds.precision);
  check('recall', recallOf(score), bounds.recall);
  return out;
}

export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
