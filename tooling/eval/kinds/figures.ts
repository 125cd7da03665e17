/**
 * The `figures` kind of the extraction evaluation: every number a hand-labelled report states
 * (test/fixtures/eval/figures/<report-id>.json, written by reading the reports; see each file's
 * note for the rules and judgement calls) against the numbers the graph holds for it, which
 * are the report's figures and, for the overview and indicator tables, its force facts (one
 * number is never both). Reports are parsed through `parseReport`, as ingestion does.
 *
 * A prediction matches a label when it is on the label's line and has its value and unit; it
 * is correct (a true positive) when its comparator also agrees: both none, or the same value
 * (and the same upper end for a range). Measure and period are scored on the true positives
 * and printed, not gated: both are phrases, and the label's wording is one of several right ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv } from 'ajv';

import { figureUnits, type FigureUnit } from '../../../src/domain/figure-units.js';
import { parseReport } from '../../../src/ingest/parse-report.js';
import type { ParsedReport } from '../../../src/ingest/report.types.js';
import { loadVocabulary } from '../../../src/ingest/vocabulary/vocabulary.js';
import { projectRoot, seedReportsDir } from '../../../src/paths.js';

export const figuresLabelDir = join(projectRoot, 'test', 'fixtures', 'eval', 'figures');

export interface FigureLabel {
  /** The line printing the number (one line). */
  readonly lines: readonly number[];
  readonly text: string;
  readonly value: number;
  readonly unit: FigureUnit;
  readonly measure: string;
  readonly period: string | null;
  readonly comparator: {
    readonly value: number;
    readonly upTo?: number;
    readonly unit: FigureUnit;
    readonly label: string;
  } | null;
}

interface LabelFile {
  readonly note: string;
  readonly reportId: string;
  readonly sourceFile: string;
  readonly labels: readonly FigureLabel[];
}

const units = figureUnits as readonly string[];

/** The JSON Schema of one figure label. */
export const figureLabelSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['lines', 'text', 'value', 'unit', 'measure', 'period', 'comparator'],
  properties: {
    lines: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1, maxItems: 1 },
    text: { type: 'string', minLength: 1 },
    value: { type: 'number' },
    unit: { enum: units },
    measure: { type: 'string', minLength: 1 },
    period: { type: ['string', 'null'] },
    comparator: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'unit', 'label'],
          properties: {
            value: { type: 'number' },
            upTo: { type: 'number' },
            unit: { enum: units },
            label: { type: 'string', minLength: 1 },
          },
        },
      ],
    },
  },
} as const;

/** A number the graph holds, in the shape labels are written in. */
export interface PredictedFigure {
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly value: number;
  readonly unit: FigureUnit;
  readonly measure: string;
  readonly period: string | null;
  readonly comparatorValue: number | null;
  readonly comparatorUpTo: number | null;
  readonly source: 'figure' | 'force fact';
}

export interface FiguresReportScore {
  readonly report: string;
  readonly labels: number;
  readonly predicted: number;
  readonly truePositives: number;
  /** Matched on line, value and unit, whatever the comparator. */
  readonly identified: number;
  readonly measureAgreement: number;
  readonly periodAgreement: number;
  /** One line per miss: false negatives (`-`), false positives (`+`), comparator mismatches (`~`). */
  readonly misses: readonly string[];
}

/** Force-fact units (free text) as figure units. */
const factUnits: Readonly<Record<string, FigureUnit>> = {
  '%': 'PERCENT',
  GBP: 'POUNDS',
  'per 1,000 population': 'PER_1000_POPULATION',
  'per 1,000 households': 'PER_1000_HOUSEHOLDS',
  'per 10,000 population': 'PER_10000_POPULATION',
  'per 100 offences': 'PER_100_OFFENCES',
  'square miles': 'SQUARE_MILES',
};

/** The numbers printed in digits that a parsed report holds, as figures or force facts. */
export function listPredictedFigures(report: ParsedReport): PredictedFigure[] {
  const figures = report.figures.map((f): PredictedFigure => ({
    lineStart: f.provenance.lineStart,
    lineEnd: f.provenance.lineEnd,
    value: f.value,
    unit: f.unit,
    measure: f.measure,
    period: f.period,
    comparatorValue: f.comparator?.value ?? null,
    comparatorUpTo: f.comparator?.upTo ?? null,
    source: 'figure',
  }));
  const facts = report.forceFacts
    .filter((f) => f.value !== null && /\d/.test(f.valueText))
    .map((f): PredictedFigure => ({
      lineStart: f.provenance.lineStart,
      lineEnd: f.provenance.lineEnd,
      value: f.value!,
      unit: factUnits[f.unit ?? ''] ?? 'COUNT',
      measure: f.name,
      period: f.period,
      comparatorValue: f.comparatorValue,
      comparatorUpTo: null,
      source: 'force fact',
    }));
  return [...figures, ...facts];
}

/** Reads every label file, parses its report, and scores each. */
export async function evaluateFigures(): Promise<FiguresReportScore[]> {
  const vocabulary = await loadVocabulary();
  const files = readdirSync(figuresLabelDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const labels = readLabels(join(figuresLabelDir, file));
    const text = readFileSync(join(seedReportsDir, labels.sourceFile), 'utf8');
    const report = parseReport(text, labels.sourceFile, vocabulary);
    return scoreReport(labels.reportId, labels.labels, listPredictedFigures(report));
  });
}

const validateLabels = new Ajv({ allErrors: true }).compile<LabelFile>({
  type: 'object',
  additionalProperties: false,
  required: ['note', 'reportId', 'sourceFile', 'labels'],
  properties: {
    note: { type: 'string', minLength: 20 },
    reportId: { type: 'string' },
    sourceFile: { type: 'string', pattern: '\\.txt$' },
    labels: { type: 'array', items: figureLabelSchema },
  },
});

function readLabels(file: string): LabelFile {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!validateLabels(data))
    throw new Error(
      `${file}: ${(validateLabels.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`,
    );
  return data;
}

/** Matches labels and predictions one to one and counts. */
export function scoreReport(
  report: string,
  labels: readonly FigureLabel[],
  predicted: readonly PredictedFigure[],
): FiguresReportScore {
  const free = new Set(predicted.map((_, i) => i));
  const misses: string[] = [];
  let truePositives = 0;
  let identified = 0;
  let measures = 0;
  let periods = 0;
  const unmatched: FigureLabel[] = [];
  // Exact matches (comparator too) first, so that two labels on one line pair up right.
  const pairs: [FigureLabel, number][] = [];
  for (const pass of [true, false])
    for (const label of pass ? labels : unmatched.splice(0)) {
      const i = [...free].find(
        (k) =>
          identifies(label, predicted[k]!) && (!pass || comparatorAgrees(label, predicted[k]!)),
      );
      if (i === undefined) unmatched.push(label);
      else {
        free.delete(i);
        pairs.push([label, i]);
      }
    }
  for (const [label, i] of pairs) {
    const p = predicted[i]!;
    identified++;
    if (!comparatorAgrees(label, p)) {
      misses.push(
        `~ ${report}:${label.lines[0]} ${label.text}: comparator ${describe(label.comparator?.value)} expected, ${describe(p.comparatorValue)} found`,
      );
      continue;
    }
    truePositives++;
    if (measureAgrees(label.measure, p.measure)) measures++;
    else
      misses.push(
        `  measure ${report}:${label.lines[0]} ${label.text}: '${label.measure}' / '${p.measure}'`,
      );
    if (periodAgrees(label.period, p.period)) periods++;
  }
  for (const label of unmatched)
    misses.push(`- ${report}:${label.lines[0]} ${label.text} ${label.unit} (${label.measure})`);
  for (const i of free) {
    const p = predicted[i]!;
    misses.push(`+ ${report}:${p.lineStart} ${p.value} ${p.unit} (${p.measure}) [${p.source}]`);
  }
  return {
    report,
    labels: labels.length,
    predicted: predicted.length,
    truePositives,
    identified,
    measureAgreement: truePositives === 0 ? 0 : measures / truePositives,
    periodAgreement: truePositives === 0 ? 0 : periods / truePositives,
    misses: misses.sort(compareMisses),
  };
}

function identifies(label: FigureLabel, p: PredictedFigure): boolean {
  return (
    label.lines[0]! >= p.lineStart &&
    label.lines[0]! <= p.lineEnd &&
    sameNumber(label.value, p.value) &&
    label.unit === p.unit
  );
}

function comparatorAgrees(label: FigureLabel, p: PredictedFigure): boolean {
  if (!label.comparator) return p.comparatorValue === null;
  if (p.comparatorValue === null || !sameNumber(label.comparator.value, p.comparatorValue))
    return false;
  return (
    label.comparator.upTo === undefined ||
    sameNumber(label.comparator.upTo, p.comparatorUpTo ?? NaN)
  );
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

const stopWords = new Set(
  'the and for with from that this into which who was were are has have had its their all any of in on at by to a an or as be been not per than'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2 && !stopWords.has(w))
      .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=\w\w)s$/, '')),
  );
}

/** At least half of the label's content words are in the predicted measure. */
export function measureAgrees(label: string, predicted: string): boolean {
  const want = [...contentWords(label)];
  const got = contentWords(predicted);
  return want.length === 0 || want.filter((w) => got.has(w)).length * 2 >= want.length;
}

/** Both none, or every number and month of the label's period is in the predicted one. */
export function periodAgrees(label: string | null, predicted: string | null): boolean {
  if (label === null || predicted === null) return label === predicted;
  const got = contentWords(predicted);
  return [...contentWords(label)]
    .filter((w) => /\d|uary|ember|ch|il|ay|une|uly|ust|ober/.test(w))
    .every((w) => got.has(w));
}

function describe(value: number | null | undefined): string {
  return value === null || value === undefined ? 'none' : String(value);
}

function compareMisses(a: string, b: string): number {
  const line = (s: string): number => Number(/:(\d+) /.exec(s)?.[1] ?? 0);
  return line(a) - line(b) || (a < b ? -1 : a > b ? 1 : 0);
}
