import type { FigureUnit } from '../../domain/figure-vocabulary.js';
import type { Block, Layout } from '../layout/layout.js';
import type { FigureComparator } from '../report.types.js';
import { classifyComparator } from './comparisons.js';
import { parsePrintedNumber } from '../text/numbers.js';
import { splitCells, stripFootnoteMarks } from '../text/text.js';

/**
 * Flattened tables the force facts do not read, such as the 2007 telephone survey:
 *
 *     Question\t% positive answers\t% national average range
 *     Q.1. … Are you aware of a neighbourhood team …?\t50.0\t49.3–52.2
 *
 * The first row without numbers is the header; a column whose header names a comparison
 * (`national average`, `England and Wales`, `MSF`, `target`, `range`) holds each row's
 * comparator (a range keeps its upper end), every other numeric column a figure, the row's
 * label cell its measure. Reference numbers left of the label are not figures.
 */

export interface TableFigure {
  readonly row: Block;
  readonly cell: string;
  readonly value: number;
  readonly unit: FigureUnit;
  readonly measure: string;
  readonly comparator: FigureComparator | null;
}

const comparatorHeading =
  /national|england\s+and\s+wales|\bmsf\b|most\s+similar|average|target|range/i;

/** The figures of one table: its rows in order, each a table block. */
export function readTableFigures(
  layout: Layout,
  rows: readonly Block[],
  caption: string,
): TableFigure[] {
  const cells = rows.map((row) => splitCells(layout.lines[row.lineStart - 1]!.text));
  const headerIndex = cells.findIndex(
    (r) => r.filter((c) => c !== '').length >= 2 && r.every((c) => parseCell(c) === undefined),
  );
  const header = headerIndex >= 0 ? cells[headerIndex]! : [];
  const out: TableFigure[] = [];
  cells.forEach((row, r) => {
    if (r <= headerIndex) return;
    const label = row.findIndex((c) => /\p{L}{2,}/u.test(c) && parseCell(c) === undefined);
    if (label < 0) return;
    const comparatorColumn = row.findIndex(
      (c, k) => k > label && comparatorHeading.test(header[k] ?? '') && parseCell(c) !== undefined,
    );
    row.forEach((cell, k) => {
      const parsed = k > label && k !== comparatorColumn ? parseCell(cell) : undefined;
      if (!parsed || comparatorHeading.test(header[k] ?? '')) return;
      const unit = readColumnUnit(cell, [header[k] ?? '', header[label] ?? '', caption]);
      const compared = comparatorColumn >= 0 ? parseCell(row[comparatorColumn]!) : undefined;
      out.push({
        row: rows[r]!,
        cell,
        value: parsed.value,
        unit,
        measure: cleanLabel(row[label]!),
        comparator: compared
          ? toTableComparator(
              compared,
              unit,
              cleanLabel(header[comparatorColumn]!.replace(/%/g, '')),
            )
          : null,
      });
    });
  });
  return out;
}

function toTableComparator(
  compared: { value: number; upTo: number | null },
  unit: FigureUnit,
  label: string,
): FigureComparator {
  return { ...compared, unit, kind: classifyComparator(label), label };
}

/** A numeric cell: `50.0`, `12.1%`, `£3.2m`, or a range `49.3–52.2`. */
function parseCell(cell: string): { value: number; upTo: number | null } | undefined {
  const t = stripFootnoteMarks(cell)
    .trim()
    .replace(/[*†‡]+$/, '');
  const range = /^([\d,.]+)\s*[–-]\s*([\d,.]+)$/.exec(t);
  if (range) {
    const [low, high] = [parsePrintedNumber(range[1]!), parsePrintedNumber(range[2]!)];
    return low === undefined || high === undefined ? undefined : { value: low, upTo: high };
  }
  const value = parsePrintedNumber(t.replace(/^£/, '').replace(/\s*%$/, ''));
  return value === undefined ? undefined : { value, upTo: null };
}

/** The unit a cell prints, else the first its column heading, the label heading or the caption names. */
function readColumnUnit(cell: string, headings: readonly string[]): FigureUnit {
  if (/%\s*$/.test(cell)) return 'PERCENT';
  if (/^£/.test(cell.trim())) return 'POUNDS';
  for (const heading of headings) {
    if (/%|per\s?cent|percentage|proportion/i.test(heading)) return 'PERCENT';
    if (/£/.test(heading)) return 'POUNDS';
    if (/per\s+1,000\s+households/i.test(heading)) return 'PER_1000_HOUSEHOLDS';
    if (/per\s+1,000\b/i.test(heading)) return 'PER_1000_POPULATION';
    if (/per\s+10,000\b/i.test(heading)) return 'PER_10000_POPULATION';
    if (/per\s+(?:one\s+)?million\b/i.test(heading)) return 'PER_MILLION_POPULATION';
  }
  return 'COUNT';
}

/** A row label without its question number (`Q.1.`) and footnote marks. */
function cleanLabel(label: string): string {
  return stripFootnoteMarks(label)
    .replace(/^Q\.?\s*\d+\.?\s*/i, '')
    .replace(/[*†‡]+$/, '')
    .trim();
}
