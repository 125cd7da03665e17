import type { ExtractContext } from '../extract-context.js';
import { parseCellNumber } from '../text/numbers.js';
import { findSectionAt, makeProvenance, uniqueKey } from '../layout/provenance.js';
import { rawLine, readIndicatorColumns, type IndicatorColumns } from './indicator-columns.js';
import { findCaption, findFootnoteText, readPeriod, readRowUnit } from './indicator-context.js';
import type { Block } from '../layout/layout.js';
import type { ParsedForceFact } from '../report.types.js';
import { slugify, splitCells, stripFootnoteMarks } from '../text/text.js';

/**
 * Indicator tables: flattened tables whose header names a comparator (`MSF ave.`, `England and
 * Wales`) beside the force's own column or year columns (see `indicators.columns.ts`). The
 * header row is never data; a row with no values is a group heading (`Evidential difficulties
 * (victim supports police action)`), used only to tell apart rows that share a label. Each row
 * gives a fact for the value column with its change and comparator, and one fact per earlier
 * year printed beside it.
 *
 * Keys: `indicator/<table>/<slug of the row>[/<year>]`, `<table>` being `figure-N` from the
 * table's caption or else the slug of the section it sits in.
 */
export function extractIndicatorTables(ctx: ExtractContext): ParsedForceFact[] {
  const facts: ParsedForceFact[] = [];
  const keys = new Set<string>();
  const tables = new Set<string>();
  const blocks = ctx.layout.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const header = blocks[i]!;
    if (header.kind !== 'table') continue;
    const columns = readIndicatorColumns(ctx.vocabulary, ctx.force, rawLine(ctx, header));
    if (!columns) continue;
    const rows: Block[] = [];
    while (blocks[i + 1]?.kind === 'table') rows.push(blocks[++i]!);
    const caption = findCaption(blocks, blocks.indexOf(header));
    const table = uniqueKey(tables, tableKey(ctx, header, caption));
    const footnotes = (marker: string): string | undefined =>
      findFootnoteText(blocks, i + 1, marker);
    for (const fact of readRows(ctx, columns, rows, { table, caption, footnotes }))
      facts.push({ ...fact, key: uniqueKey(keys, fact.key) });
  }
  return facts;
}

interface TableContext {
  readonly table: string;
  readonly caption: string | undefined;
  readonly footnotes: (marker: string) => string | undefined;
}

interface Row {
  readonly block: Block;
  readonly cells: readonly string[];
  readonly label: string;
  /** Footnote marks printed after the label (`Burglary in a dwelling*`). */
  readonly marker: string;
  readonly hasReference: boolean;
  readonly hasValues: boolean;
}

function readRows(
  ctx: ExtractContext,
  columns: IndicatorColumns,
  blocks: readonly Block[],
  table: TableContext,
): ParsedForceFact[] {
  const rows = blocks.map((block) => toRow(ctx, columns, block)).filter((r) => r.label !== '');
  const counts = new Map<string, number>();
  for (const row of rows)
    if (row.hasValues) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
  const facts: ParsedForceFact[] = [];
  const referenced = columns.label > 0;
  // The nearest row above that heads others: one without values, or, in a table with a
  // reference column, one without a reference (`Out-of-court (formal)` above its outcomes).
  let group: Row | undefined;
  for (const row of rows) {
    if (!row.hasValues) {
      group = row;
      continue;
    }
    const shared = (counts.get(row.label) ?? 0) > 1;
    const name = shared && group ? `${group.label}: ${row.label}` : row.label;
    facts.push(...toFacts(ctx, columns, table, row, name));
    if (referenced && !row.hasReference) group = row;
  }
  return facts;
}

function toRow(ctx: ExtractContext, columns: IndicatorColumns, block: Block): Row {
  const cells = splitCells(rawLine(ctx, block));
  const printed = stripFootnoteMarks(cells[columns.label] ?? '').trim();
  const marker = /[*†‡]+$/.exec(printed)?.[0] ?? '';
  const valueColumns = [
    columns.value,
    columns.comparator,
    ...columns.earlier.map((e) => e.column),
    ...(columns.change === null ? [] : [columns.change]),
  ];
  return {
    block,
    cells,
    label: printed.slice(0, printed.length - marker.length).trim(),
    marker,
    hasReference: cells.slice(0, columns.label).some((c) => c.trim() !== ''),
    hasValues: valueColumns.some((c) => (cells[c] ?? '').trim() !== ''),
  };
}

function toFacts(
  ctx: ExtractContext,
  columns: IndicatorColumns,
  table: TableContext,
  row: Row,
  name: string,
): ParsedForceFact[] {
  const cell = (column: number): string => (row.cells[column] ?? '').trim();
  const unit = readRowUnit({
    label: row.label,
    valueText: cell(columns.value),
    labelHeading: columns.labelHeading,
    caption: table.caption,
    footnote: row.marker === '' ? undefined : table.footnotes(row.marker),
  });
  const provenance = makeProvenance(
    ctx.tree,
    row.block.lineStart,
    row.block.lineEnd,
    rawLine(ctx, row.block).trim(),
  );
  const base = `indicator/${table.table}/${slugify(name)}`;
  const current: ParsedForceFact = {
    category: 'INDICATOR',
    key: columns.year === null ? base : `${base}/${slugify(columns.year)}`,
    name,
    value: parseCellNumber(cell(columns.value)) ?? null,
    valueText: cell(columns.value),
    unit,
    period: columns.year ?? readPeriod(table.caption),
    change: columns.change === null ? null : (parseCellNumber(cell(columns.change)) ?? null),
    comparator: columns.comparatorName,
    comparatorValue: parseCellNumber(cell(columns.comparator)) ?? null,
    provenance,
  };
  const earlier = columns.earlier.map(({ column, year }): ParsedForceFact => ({
    ...current,
    key: `${base}/${slugify(year)}`,
    value: parseCellNumber(cell(column)) ?? null,
    valueText: cell(column),
    period: year,
    change: null,
    comparator: null,
    comparatorValue: null,
  }));
  return [...earlier, current];
}

function tableKey(ctx: ExtractContext, header: Block, caption: string | undefined): string {
  const figure = caption && /^figure\s+(\d+)/i.exec(caption);
  return figure ? `figure-${figure[1]}` : findSectionAt(ctx.tree, header.lineStart).key || 'table';
}
