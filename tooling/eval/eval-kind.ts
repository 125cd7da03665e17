import type { EvalReport } from './eval-report.js';
import type { Bounds, KindScore } from './score.js';

/**
 * One kind of extracted item the evaluation scores (organisations, initiatives, passages, ...):
 * a module in `kinds/`, listed once in `kinds/index.ts`. It reads its labels for a report,
 * takes what ingestion extracted from that report, and matches the two.
 */
export interface EvalKind {
  /** The kind's name: also its label folder, `test/fixtures/eval/<name>/`. */
  readonly name: string;
  /** One line saying what is counted and how an extracted item matches a label. */
  readonly description: string;
  /** The target for the kind, printed beside the figures. */
  readonly target: Bounds;
  /**
   * What `npm test` holds the kind to, over all labelled reports: the target once reached;
   * before that, the level reached so far, so that a change costing quality fails.
   */
  readonly floor: Bounds;
  /** The score on one report, or undefined when the report has no labels of this kind. */
  evaluate(report: EvalReport): KindScore | undefined;
  /** Problems in the kind's labels for a report: a label its lines do not print, an unknown name. */
  checkLabels(report: EvalReport): string[];
}
