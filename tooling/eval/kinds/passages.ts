import type { AnySchemaObject } from 'ajv';

import type { EvalKind } from '../eval-kind.js';
import type { EvalReport } from '../eval-report.js';
import { labelBaseProperties, readLabelFile, type LabelBase } from '../labels.js';
import type { KindScore } from '../score.js';

/**
 * Paragraph boundaries: in each labelled section, the paragraphs a reader sees, each by all
 * of its source lines (first to last, without the page footers and footnotes between its
 * halves). A passage matches a label with exactly the same lines: one joined too far, cut
 * short, or split in two matches nothing. Every passage starting inside a labelled section's
 * `scope` is counted, so a passage where the labels see no paragraph is a false positive.
 */
interface PassageLabel extends LabelBase {
  /** The section's heading as printed (for reading the file). */
  readonly section: string;
  /** The section's lines, heading to last line. */
  readonly scope: readonly [number, number];
  /** The paragraph's opening words as printed on its first line. */
  readonly start: string;
}

const itemSchema: AnySchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['section', 'scope', 'lines', 'start'],
  properties: {
    section: { type: 'string', minLength: 2 },
    scope: {
      type: 'array',
      items: { type: 'integer', minimum: 1 },
      minItems: 2,
      maxItems: 2,
    },
    start: { type: 'string', minLength: 3 },
    ...labelBaseProperties,
  },
};

const read = (report: EvalReport) =>
  readLabelFile<PassageLabel>('passages', report.reportId, itemSchema);

export const passages: EvalKind = {
  name: 'passages',
  description:
    'paragraph boundaries in labelled sections (a passage matches a label with the same lines)',
  target: { precision: 0.95, recall: 0.95 },
  floor: { precision: 0.95, recall: 0.95 },
  evaluate(report) {
    const file = read(report);
    return file && scorePassages(report, file.labels);
  },
  checkLabels(report) {
    const file = read(report);
    if (!file) return [];
    return file.labels.flatMap((label) => {
      const where = `passages/${report.reportId}: '${label.start}'`;
      const problems: string[] = [];
      if (!report.lines[label.lines[0]! - 1]?.trimStart().startsWith(label.start))
        problems.push(`${where} is not printed at the start of line ${label.lines[0]}`);
      const [from, to] = label.scope;
      if (label.lines.some((n) => n < from || n > to))
        problems.push(`${where} lies outside its scope ${from}-${to}`);
      if (label.lines.some((n) => (report.lines[n - 1] ?? '').trim() === ''))
        problems.push(`${where} names a blank line`);
      return problems;
    });
  },
};

function scorePassages(report: EvalReport, labels: readonly PassageLabel[]): KindScore {
  const key = (lines: readonly number[]) => lines.join(',');
  const byLines = new Map(labels.map((l) => [key(l.lines), l]));
  const scopes = [...new Set(labels.map((l) => key(l.scope)))].map((s) => s.split(',').map(Number));
  const inScope = (line: number) => scopes.some(([from, to]) => line >= from! && line <= to!);
  const matched = new Set<PassageLabel>();
  const falsePositives: string[] = [];
  for (const passage of report.parsed.passages) {
    if (!inScope(passage.provenance.lineStart)) continue;
    const label = byLines.get(key(passage.lines));
    if (label) matched.add(label);
    else
      falsePositives.push(
        `l.${passage.lines.join('+')} '${passage.text.slice(0, 60)}': no paragraph with these lines`,
      );
  }
  const tp = [...matched].filter((l) => !l.optional).length;
  const misses = labels
    .filter((l) => !l.optional && !matched.has(l))
    .map((l) => `l.${l.lines.join('+')} '${l.start}' (${l.section})`);
  return { tp, fp: falsePositives.length, fn: misses.length, falsePositives, misses };
}
