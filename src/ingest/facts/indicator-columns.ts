import type { Block, Layout } from '../layout/layout.js';
import { splitCells, stripFootnoteMarks } from '../text/text.js';
import { findForce } from '../vocabulary/lookup.js';
import type { ForceEntry, Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * The header row of a flattened indicator table, read into column roles:
 *
 *     Ref:\tIndicator\t2006\t2007\tChange\tMSF** ave.
 *     Outcome number\tOutcome type / group\tMetropolitan Police\tEngland and Wales
 *     Rates per 1,000 population\tMetropolitan Police\tEngland and Wales
 *
 * A header has a comparator column (`MSF ave.`, `England and Wales`) and a value column: the
 * inspected force by name, else the latest year. The label column stands just before the first
 * value column; anything before the label is a reference (`SPI5e`, an outcome number).
 */
export interface IndicatorColumns {
  readonly label: number;
  /** The column heading the labels (`Rates per 1,000 population`), as printed. */
  readonly labelHeading: string;
  readonly value: number;
  /** Earlier years printed beside the value, with their headings. */
  readonly earlier: readonly { readonly column: number; readonly year: string }[];
  /** The value column's year when the columns are years, else null. */
  readonly year: string | null;
  readonly change: number | null;
  readonly comparator: number;
  /** `MSF average`, `England and Wales` or `national average`. */
  readonly comparatorName: string;
}

const yearHeading = /^(?:19|20)\d\d(?:\/\d\d)?$/;

/** The comparator a heading names, or undefined. */
export function readComparatorHeading(cell: string): string | undefined {
  const t = stripFootnoteMarks(cell).replace(/\*+/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(msf|most similar forces?)( group)? (ave\.?|average)$/.test(t)) return 'MSF average';
  if (/^england (and|&) wales( average)?$/.test(t)) return 'England and Wales';
  if (/^national average$/.test(t)) return 'national average';
  return undefined;
}

/** Whether a heading names the inspected force (`Metropolitan Police`). */
export function isForceHeading(vocabulary: Vocabulary, force: ForceEntry, cell: string): boolean {
  const t = cell.trim();
  return t !== '' && findForce(vocabulary, t)?.id === force.id;
}

/** Column roles of a header row, or undefined when the row is not an indicator table header. */
export function readIndicatorColumns(
  vocabulary: Vocabulary,
  force: ForceEntry,
  raw: string,
): IndicatorColumns | undefined {
  const cells = splitCells(raw);
  const comparator = cells.findIndex((c) => readComparatorHeading(c) !== undefined);
  if (comparator < 0) return undefined;
  const forceColumn = cells.findIndex((c) => isForceHeading(vocabulary, force, c));
  const years = cells
    .map((cell, column) => ({ column, year: cell.trim() }))
    .filter((c) => yearHeading.test(c.year));
  const value = forceColumn >= 0 ? forceColumn : years[years.length - 1]?.column;
  if (value === undefined) return undefined;
  const firstValue = Math.min(value, ...years.map((y) => y.column));
  const label = firstValue - 1;
  if (label < 0) return undefined;
  const change = cells.findIndex((c) => /^(%\s*)?change$/i.test(c.trim()));
  return {
    label,
    labelHeading: cells[label]!.trim().replace(/:$/, ''),
    value,
    earlier: forceColumn >= 0 ? [] : years.filter((y) => y.column !== value),
    year: forceColumn >= 0 ? null : cells[value]!.trim(),
    change: change >= 0 ? change : null,
    comparator,
    comparatorName: readComparatorHeading(cells[comparator]!)!,
  };
}

/** A table block's line as printed, leading tabs kept: an empty first cell is a missing reference. */
export function rawLine(ctx: { readonly layout: Layout }, block: Block): string {
  return ctx.layout.lines[block.lineStart - 1]!.text;
}
