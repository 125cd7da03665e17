import type { Vocabulary } from '../../src/ingest/vocabulary/vocabulary.types.js';
import type { EvalKind } from './eval-kind.js';
import { prepareReport, type EvalReport } from './eval-report.js';
import { evalKinds } from './kinds/index.js';
import { listLabelledReports } from './labels.js';
import { sumScores, type KindScore } from './score.js';

/** The scores of one kind: per labelled report, and summed over them. */
export interface KindResult {
  readonly kind: EvalKind;
  readonly reports: readonly { readonly reportId: string; readonly score: KindScore }[];
  readonly total: KindScore;
}

export interface Evaluation {
  readonly results: readonly KindResult[];
  /** Label problems found on the way (a label its lines do not print, an unknown name). */
  readonly labelProblems: readonly string[];
}

/**
 * Runs every registered kind (or the ones named) over every labelled report: the reports are
 * parsed once each, through the public ingestion entry points.
 */
export function evaluateExtraction(
  vocabulary: Vocabulary,
  options: { kinds?: readonly string[]; reports?: readonly EvalReport[] } = {},
): Evaluation {
  const kinds = evalKinds.filter((k) => !options.kinds || options.kinds.includes(k.name));
  const reports =
    options.reports ?? listLabelledReports().map((r) => prepareReport(r.sourceFile, vocabulary));
  const results = kinds.map((kind) => {
    const perReport = reports.flatMap((report) => {
      const score = kind.evaluate(report);
      return score ? [{ reportId: report.reportId, score }] : [];
    });
    return { kind, reports: perReport, total: sumScores(perReport.map((r) => r.score)) };
  });
  const labelProblems = kinds.flatMap((kind) => reports.flatMap((r) => kind.checkLabels(r)));
  return { results, labelProblems };
}
