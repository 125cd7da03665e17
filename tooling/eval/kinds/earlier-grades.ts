import type { AnySchemaObject } from 'ajv';

import type { EvalKind } from '../eval-kind.js';
import type { EvalReport } from '../eval-report.js';
import { labelBaseProperties, readLabelFile, type LabelBase } from '../labels.js';
import type { KindScore } from '../score.js';

/**
 * Earlier grades: every grade a report states an earlier inspection gave the force ("graded
 * Fair in the 2006 baseline", "judged ... to be good ... in its 2015 effectiveness report"),
 * against the report's `stated: EARLIER` judgements in its dataset. A judgement matches a
 * label with the same theme, year and grade whose lines include the judgement's first line
 * (a grade the report states twice is one label listing both lines).
 */

interface EarlierGradeLabel extends LabelBase {
  /** Words of the statement as printed on the label's first line. */
  readonly text: string;
  readonly themeId: string;
  readonly year: number;
  /** The grade label in canonical case. */
  readonly grade: string;
}

interface ExtractedGrade {
  readonly line: number;
  readonly themeId: string;
  readonly year: number;
  readonly grade: string;
}

const itemSchema: AnySchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['lines', 'text', 'themeId', 'year', 'grade'],
  properties: {
    ...labelBaseProperties,
    text: { type: 'string', minLength: 1 },
    themeId: { type: 'string', minLength: 1 },
    year: { type: 'integer', minimum: 1990 },
    grade: { type: 'string', minLength: 1 },
  },
};

const name = 'earlier-grades';

/** The EARLIER judgements of a report's dataset, with the theme each is ON_THEME of. */
function listEarlierGrades(report: EvalReport): ExtractedGrade[] {
  const themeOf = new Map(
    report.dataset.relationships
      .filter((r) => r.type === 'ON_THEME' && r.fromLabel === 'Judgement')
      .map((r) => [r.from, r.to]),
  );
  return report.dataset.nodes
    .filter((n) => n.label === 'Judgement' && n.properties.stated === 'EARLIER')
    .map((n) => ({
      line: Number(n.properties.lineStart),
      themeId: themeOf.get(n.id) ?? '',
      year: Number(n.properties.year),
      grade: String(n.properties.grade),
    }));
}

function evaluate(report: EvalReport): KindScore | undefined {
  const file = readLabelFile<EarlierGradeLabel>(name, report.reportId, itemSchema);
  if (!file) return undefined;
  const free = [...file.labels];
  const falsePositives: string[] = [];
  let tp = 0;
  for (const grade of listEarlierGrades(report)) {
    const i = free.findIndex(
      (l) =>
        l.lines.includes(grade.line) &&
        l.themeId === grade.themeId &&
        l.year === grade.year &&
        l.grade === grade.grade,
    );
    if (i >= 0) {
      tp += 1;
      free.splice(i, 1);
    } else
      falsePositives.push(
        `${report.reportId}:${grade.line} ${grade.year} ${grade.themeId} ${grade.grade}`,
      );
  }
  const misses = free
    .filter((l) => !l.optional)
    .map((l) => `${report.reportId}:${l.lines[0]} ${l.year} ${l.themeId} ${l.grade} ('${l.text}')`);
  return { tp, fp: falsePositives.length, fn: misses.length, falsePositives, misses };
}

/** Labels whose words are not printed on their first line. */
function checkLabels(report: EvalReport): string[] {
  const file = readLabelFile<EarlierGradeLabel>(name, report.reportId, itemSchema);
  if (!file) return [];
  return file.labels
    .filter((l) => !report.lines[l.lines[0]! - 1]?.includes(l.text))
    .map((l) => `${name}/${report.reportId}: '${l.text}' is not printed on line ${l.lines[0]}`);
}

export const earlierGrades: EvalKind = {
  name,
  description:
    'grades a report states earlier inspections gave (same theme, year and grade, on a labelled line)',
  target: {},
  floor: { precision: 1, recall: 1 },
  evaluate,
  checkLabels,
};
