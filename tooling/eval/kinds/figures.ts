import type { AnySchemaObject } from 'ajv';

import { figureUnits, type FigureUnit } from '../../../src/domain/figure-vocabulary.js';
import type { ParsedReport } from '../../../src/ingest/report.types.js';
import type { EvalKind } from '../eval-kind.js';
import type { EvalReport } from '../eval-report.js';
import { labelBaseProperties, readLabelFile, type LabelBase } from '../labels.js';
import type { KindScore } from '../score.js';

/**
 * Figures: every number a report prints in digits that is a figure (the label files' notes give
 * the rules and judgement calls), against the numbers the graph holds for the report: its
 * figures and, for the overview and indicator tables, its force facts (one number is never
 * both). A figure matches a label printed on its lines with the same value and unit, and counts
 * only when its comparator agrees too (both none, or the same value and upper end). Two more
 * kinds score the matched figures' measure and period, which are phrases: a measure agrees when
 * it holds at least half of the label's words, a period when it holds the label's dates.
 */

export interface FigureLabel extends LabelBase {
  /** The number as printed on the line, with any qualifier (`over 1,100`, `£73m`). */
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

const units = [...figureUnits];

const itemSchema: AnySchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['lines', 'text', 'value', 'unit', 'measure', 'period', 'comparator'],
  properties: {
    ...labelBaseProperties,
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
};

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

/** Labels and the figures matching them: what the three kinds score. */
export interface FigureMatching {
  /** Label and prediction pairs on the same line with the same value and unit. */
  readonly pairs: readonly (readonly [FigureLabel, PredictedFigure])[];
  readonly unmatchedLabels: readonly FigureLabel[];
  readonly unmatchedPredictions: readonly PredictedFigure[];
}

/** Pairs labels and predictions one to one, exact comparators first. */
export function matchFigures(
  labels: readonly FigureLabel[],
  predicted: readonly PredictedFigure[],
): FigureMatching {
  const free = new Set(predicted.map((_, i) => i));
  const pairs: [FigureLabel, PredictedFigure][] = [];
  let pending = [...labels];
  for (const exact of [true, false]) {
    const left: FigureLabel[] = [];
    for (const label of pending) {
      const i = [...free].find(
        (k) =>
          identifies(label, predicted[k]!) && (!exact || comparatorAgrees(label, predicted[k]!)),
      );
      if (i === undefined) left.push(label);
      else {
        free.delete(i);
        pairs.push([label, predicted[i]!]);
      }
    }
    pending = left;
  }
  return {
    pairs,
    unmatchedLabels: pending,
    unmatchedPredictions: [...free].map((i) => predicted[i]!),
  };
}

/** The figures score: a match counts when its comparator agrees too. */
export function scoreFigures(matching: FigureMatching, report: string): KindScore {
  const wrong = matching.pairs.filter(([l, p]) => !comparatorAgrees(l, p));
  return {
    tp: matching.pairs.length - wrong.length,
    fp: matching.unmatchedPredictions.length + wrong.length,
    fn: matching.unmatchedLabels.length + wrong.length,
    falsePositives: [
      ...matching.unmatchedPredictions.map(
        (p) => `${report}:${p.lineStart} ${p.value} ${p.unit} (${p.measure}) [${p.source}]`,
      ),
      ...wrong.map(
        ([l, p]) =>
          `${report}:${l.lines[0]} ${l.text}: compared with ${describe(p.comparatorValue)}, labelled ${describe(l.comparator?.value)}`,
      ),
    ],
    misses: [
      ...matching.unmatchedLabels.map(
        (l) => `${report}:${l.lines[0]} ${l.text} ${l.unit} (${l.measure})`,
      ),
      ...wrong.map(([l]) => `${report}:${l.lines[0]} ${l.text} with its comparator`),
    ],
  };
}

type ReportMatching = FigureMatching & { readonly labelsCount: number };

/** A phrase attribute of the matched figures: agreeing ones are true positives. */
function scoreAttribute(
  matching: ReportMatching,
  report: string,
  what: string,
  agrees: (label: FigureLabel, p: PredictedFigure) => boolean,
  show: (f: FigureLabel | PredictedFigure) => string,
): KindScore {
  const pairs = matching.pairs.filter(([l, p]) => comparatorAgrees(l, p));
  const wrong = pairs.filter(([l, p]) => !agrees(l, p));
  return {
    tp: pairs.length - wrong.length,
    fp: wrong.length,
    fn: wrong.length + matching.labelsCount - pairs.length,
    falsePositives: wrong.map(
      ([l, p]) => `${report}:${l.lines[0]} ${l.text}: ${what} '${show(p)}', labelled '${show(l)}'`,
    ),
    misses: [],
  };
}

function identifies(label: FigureLabel, p: PredictedFigure): boolean {
  const line = label.lines[0]!;
  return (
    line >= p.lineStart &&
    line <= p.lineEnd &&
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
    (p.comparatorUpTo !== null && sameNumber(label.comparator.upTo, p.comparatorUpTo))
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
      .map((w) => w.replace(/ies$/, 'y').replace(/(?<=\w\w)s$/, '')),
  );
}

/** At least half of the label's content words are in the predicted measure. */
export function measureAgrees(label: string, predicted: string): boolean {
  const want = [...contentWords(label)];
  const got = contentWords(predicted);
  return want.length === 0 || want.filter((w) => got.has(w)).length * 2 >= want.length;
}

const dateWord =
  /^(?:\d.*|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Both none, or every number and month of the label's period is in the predicted one. */
export function periodAgrees(label: string | null, predicted: string | null): boolean {
  if (label === null || predicted === null) return label === predicted;
  const got = contentWords(predicted);
  return [...contentWords(label)].filter((w) => dateWord.test(w)).every((w) => got.has(w));
}

function describe(value: number | null | undefined): string {
  return value === null || value === undefined ? 'none' : String(value);
}

/** The labels of a report, read once for the three kinds. */
const cache = new WeakMap<EvalReport, ReportMatching | null>();

function match(report: EvalReport): ReportMatching | undefined {
  if (!cache.has(report)) {
    const file = readLabelFile<FigureLabel>('figures', report.reportId, itemSchema);
    cache.set(
      report,
      file
        ? {
            ...matchFigures(file.labels, listPredictedFigures(report.parsed)),
            labelsCount: file.labels.length,
          }
        : null,
    );
  }
  return cache.get(report) ?? undefined;
}

/** Labels whose printed number is not on their line. */
function checkFigureLabels(report: EvalReport): string[] {
  const file = readLabelFile<FigureLabel>('figures', report.reportId, itemSchema);
  if (!file) return [];
  return file.labels
    .filter((l) => {
      const printed = l.text.replace(
        /^(?:over|almost|approximately|about|up to|some|nearly)\s+/i,
        '',
      );
      return !report.lines[l.lines[0]! - 1]?.includes(printed);
    })
    .map((l) => `figures/${report.reportId}: '${l.text}' is not printed on line ${l.lines[0]}`);
}

export const figures: EvalKind = {
  name: 'figures',
  description:
    'numbers printed in digits: a figure or force fact on the line with the value, unit and comparator',
  target: { precision: 0.95, recall: 0.9 },
  floor: { precision: 0.95, recall: 0.9 },
  evaluate: (report) => {
    const m = match(report);
    return m && scoreFigures(m, report.reportId);
  },
  checkLabels: checkFigureLabels,
};

export const figureMeasures: EvalKind = {
  name: 'figure-measures',
  description: "figures whose measure holds at least half of the label measure's words",
  target: {},
  floor: { precision: 0.79, recall: 0.79 },
  evaluate: (report) => {
    const m = match(report);
    return (
      m &&
      scoreAttribute(
        m,
        report.reportId,
        'measure',
        (l, p) => measureAgrees(l.measure, p.measure),
        (f) => f.measure,
      )
    );
  },
  checkLabels: () => [],
};

export const figurePeriods: EvalKind = {
  name: 'figure-periods',
  description: 'figures whose period holds the dates of the labelled period (or both none)',
  target: {},
  floor: { precision: 0.95, recall: 0.95 },
  evaluate: (report) => {
    const m = match(report);
    return (
      m &&
      scoreAttribute(
        m,
        report.reportId,
        'period',
        (l, p) => periodAgrees(l.period, p.period),
        (f) => f.period ?? 'none',
      )
    );
  },
  checkLabels: () => [],
};
