import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { GraphDataset } from '../../src/domain/dataset.js';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { parseReport } from '../../src/ingest/parse-report.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import type { Vocabulary } from '../../src/ingest/vocabulary/vocabulary.types.js';
import { seedReportsDir } from '../../src/paths.js';

/**
 * One report as the evaluation sees it: its text and numbered lines (what labels point at),
 * and what the public ingestion entry points make of it alone: `parseReport`, then
 * `buildDataset` over that one report, so every entity node in the dataset is one this
 * report names.
 */
export interface EvalReport {
  readonly reportId: string;
  readonly sourceFile: string;
  readonly text: string;
  /** The file's lines; line n is `lines[n - 1]`. */
  readonly lines: readonly string[];
  readonly parsed: ParsedReport;
  readonly dataset: GraphDataset;
}

/** A seed report (or an edited copy of one) run through ingestion. */
export function prepareReport(
  sourceFile: string,
  vocabulary: Vocabulary,
  text: string = readFileSync(join(seedReportsDir, sourceFile), 'utf8'),
): EvalReport {
  const parsed = parseReport(text, sourceFile, vocabulary);
  return {
    reportId: parsed.id,
    sourceFile,
    text,
    lines: text.split('\n'),
    parsed,
    dataset: buildDataset([parsed], vocabulary),
  };
}
