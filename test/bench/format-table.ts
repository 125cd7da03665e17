/** A table cell: text as is, numbers right-aligned; NaN and undefined print as "–". */
export type Cell = string | number | undefined;

/** Formats a number with `digits` decimals, or "–" when there is none to show. */
export function formatNumber(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/**
 * Lays out rows as fixed-width text columns under `headers`: the first column left-aligned
 * (names), the others right-aligned (figures), two spaces apart.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): string {
  const text = [headers, ...rows].map((row) =>
    row.map((cell) => (cell === undefined ? '–' : String(cell))),
  );
  const widths = headers.map((_, column) =>
    Math.max(...text.map((row) => (row[column] ?? '').length)),
  );
  return text
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
