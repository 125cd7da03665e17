import type { ExtractContext } from '../extract-context.js';
import { matchGradeExact, type GradeMatch } from '../vocabulary/grade-lookup.js';
import type { SourceLine } from './layout.js';
import type { Section } from '../report.types.js';
import { listSections } from './sections.js';
import { splitCells } from '../text/text.js';
import { findThemeInGroup } from '../vocabulary/lookup.js';

/**
 * The 2007 reports' summary tables, flattened by the PDF conversion into tab-separated lines:
 *
 *     National summary of judgements           Force summary of judgements
 *     \tExcellent\tGood\tFair\tPoor            Neighbourhood Policing\tGrade
 *     Protecting vulnerable people\t\t\t\t     Neighbourhood Policing\tExcellent
 *     Child abuse\t3\t17\t21\t2                Protecting vulnerable people\tGrade
 *                                              Child abuse\tGood
 *
 * A row whose other cells are empty (or read `Grade`) is a group header naming the parent
 * theme of the rows below it; header rows are never grades.
 */

export interface Distribution {
  /** Grades best first. */
  readonly grades: readonly string[];
  readonly counts: readonly number[];
  readonly line: number;
}

export interface TableGrade extends GradeMatch {
  readonly line: number;
  readonly quote: string;
  readonly section: string;
}

function listTableLines(ctx: ExtractContext, lineStart: number, lineEnd: number): SourceLine[] {
  return ctx.layout.lines.filter(
    (l) =>
      l.number >= lineStart && l.number <= lineEnd && l.kind === 'text' && l.text.includes('\t'),
  );
}

/** Column index → grade, when every non-empty cell of the row is a grade label of the scale. */
function readGradeHeader(
  ctx: ExtractContext,
  cells: readonly string[],
): Map<number, GradeMatch> | undefined {
  const columns = new Map<number, GradeMatch>();
  for (const [i, cell] of cells.entries()) {
    if (cell === '') continue;
    const grade = matchGradeExact(ctx.scale, cell);
    if (!grade) return undefined;
    columns.set(i, grade);
  }
  return columns.size >= 2 ? columns : undefined;
}

function toDistribution(
  columns: ReadonlyMap<number, GradeMatch>,
  cells: readonly string[],
  line: number,
): Distribution | undefined {
  const pairs: [GradeMatch, number][] = [];
  for (const [i, grade] of columns) {
    const cell = cells[i] ?? '';
    if (!/^\d+$/.test(cell)) return undefined;
    pairs.push([grade, Number(cell)]);
  }
  pairs.sort((a, b) => a[0].rank - b[0].rank);
  return { grades: pairs.map((p) => p[0].label), counts: pairs.map((p) => p[1]), line };
}

/**
 * The first grade-distribution table in a span: a row of grade labels followed by a row of
 * counts (`Excellent\tGood\tFair\tPoor` / `6\t14\t21\t2`).
 */
export function readDistribution(
  ctx: ExtractContext,
  lineStart: number,
  lineEnd: number,
): Distribution | undefined {
  const rows = listTableLines(ctx, lineStart, lineEnd);
  for (const [i, row] of rows.entries()) {
    const columns = readGradeHeader(ctx, splitCells(row.text));
    const next = rows[i + 1];
    if (!columns || !next) continue;
    const found = toDistribution(columns, splitCells(next.text), next.number);
    if (found) return found;
  }
  return undefined;
}

function findTableSection(ctx: ExtractContext, pattern: RegExp): Section | undefined {
  return listSections(ctx.tree).find((s) => pattern.test(s.key));
}

/** National summary of judgements: theme id → national distribution. */
export function readNationalSummary(ctx: ExtractContext): Map<string, Distribution> {
  const out = new Map<string, Distribution>();
  const section = findTableSection(ctx, /^national-summary-of-judge?ments$/);
  if (!section) return out;
  let columns: Map<number, GradeMatch> | undefined;
  let group: string | undefined;
  for (const row of listTableLines(ctx, section.lineStart, section.lineEnd)) {
    const cells = splitCells(row.text);
    const header = readGradeHeader(ctx, cells);
    if (header) {
      columns = header;
      continue;
    }
    const label = cells[0] ?? '';
    if (label === '' || !columns) continue;
    if (cells.slice(1).every((c) => c === '')) {
      group = label;
      continue;
    }
    const theme = findThemeInGroup(ctx.vocabulary, ctx.frameworkFamily, group, label);
    const distribution = toDistribution(columns, cells, row.number);
    if (theme && distribution && !out.has(theme.id)) out.set(theme.id, distribution);
    else if (!theme) ctx.warn(row.number, `national summary row '${label}' names no known theme`);
  }
  return out;
}

/**
 * Force summary of judgements: theme id → grade. When a header row carries years (a previous
 * year beside the current one), only the latest year's column is read.
 */
export function readForceSummary(ctx: ExtractContext): Map<string, TableGrade> {
  const out = new Map<string, TableGrade>();
  const section = findTableSection(ctx, /^force-summary-of-judge?ments$/);
  if (!section) return out;
  const rows = listTableLines(ctx, section.lineStart, section.lineEnd).map((row) => ({
    row,
    cells: splitCells(row.text),
  }));
  const gradeColumn = findLatestYearColumn(rows.map((r) => r.cells));
  let group: string | undefined;
  for (const { row, cells } of rows) {
    const label = cells[0] ?? '';
    const value =
      gradeColumn === undefined ? (cells[cells.length - 1] ?? '') : (cells[gradeColumn] ?? '');
    if (label === '' || /^(\d{4})$/.test(value)) continue;
    if (value === '' || /^grades?$/i.test(value)) {
      group = label;
      continue;
    }
    const grade = matchGradeExact(ctx.scale, value);
    const theme = findThemeInGroup(ctx.vocabulary, ctx.frameworkFamily, group, label);
    if (!grade || !theme) {
      ctx.warn(row.number, `force summary row '${row.text.trim()}' not understood`);
      continue;
    }
    if (!out.has(theme.id))
      out.set(theme.id, {
        ...grade,
        line: row.number,
        quote: row.text.trim(),
        section: section.path,
      });
  }
  return out;
}

function findLatestYearColumn(rows: readonly (readonly string[])[]): number | undefined {
  for (const cells of rows) {
    const years = cells
      .map((cell, i) => [i, /^((?:19|20)\d\d)(\/\d\d)?$/.exec(cell)?.[1]] as const)
      .filter((pair): pair is readonly [number, string] => pair[1] !== undefined);
    if (years.length > 0) return [...years].sort((a, b) => Number(b[1]) - Number(a[1]))[0]![0];
  }
  return undefined;
}
