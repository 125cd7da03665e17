/**
 * `npm run eval:extraction`: precision and recall of extraction per kind, against the labels
 * in `test/fixtures/eval/`, for each labelled report and in total. `--verbose` lists every
 * false positive and miss; `--kind <name>` (repeatable) limits the run to some kinds.
 */
import { parseArgs } from 'node:util';

import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { evaluateExtraction, type KindResult } from './evaluate.js';
import { formatPercent, precisionOf, recallOf, type Bounds, type KindScore } from './score.js';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    kind: { type: 'string', multiple: true },
  },
});

const evaluation = evaluateExtraction(
  await loadVocabulary(),
  values.kind ? { kinds: values.kind } : {},
);

const rows: string[][] = [['kind', 'report', 'precision', 'recall', 'tp', 'fp', 'fn', 'target']];
for (const result of evaluation.results) {
  for (const { reportId, score } of result.reports) rows.push(row(result, reportId, score));
  rows.push(row(result, 'all', result.total, result.kind.target));
}
console.log(formatTable(rows));
for (const problem of evaluation.labelProblems) console.log(`label problem: ${problem}`);

if (values.verbose)
  for (const result of evaluation.results)
    for (const { reportId, score } of result.reports) {
      console.log(`\n== ${result.kind.name} / ${reportId}`);
      for (const fp of score.falsePositives) console.log(`  false positive: ${fp}`);
      for (const miss of score.misses) console.log(`  miss: ${miss}`);
    }

function row(result: KindResult, report: string, score: KindScore, target?: Bounds): string[] {
  return [
    result.kind.name,
    report,
    formatPercent(precisionOf(score)),
    formatPercent(recallOf(score)),
    String(score.tp),
    String(score.fp),
    String(score.fn),
    target ? formatBounds(target) : '',
  ];
}

function formatBounds(bounds: Bounds): string {
  return [
    bounds.precision !== undefined ? `P>=${formatPercent(bounds.precision)}` : '',
    bounds.recall !== undefined ? `R>=${formatPercent(bounds.recall)}` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
}

function formatTable(table: readonly string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table
    .map((r) =>
      r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}
