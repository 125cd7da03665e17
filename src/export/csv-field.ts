/**
 * RFC 4180 fields and records: a field is quoted when it holds the separator, a quote, a
 * line break, or leading or trailing whitespace (which some readers trim), and quotes inside
 * are doubled. An empty string is written quoted (`""`) so that readers can tell it from a
 * missing value, which is written as nothing.
 */

/** Line end between records (RFC 4180). */
export const csvLineEnd = '\r\n';

/** A field for a present string value. */
export function formatCsvText(value: string): string {
  if (value === '' || /[",\r\n]/.test(value) || /^\s|\s$/.test(value)) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

/** One record: fields already formatted (`null` for a missing value), joined, with the line end. */
export function formatCsvRecord(fields: ReadonlyArray<string | null>): string {
  return `${fields.map((field) => field ?? '').join(',')}${csvLineEnd}`;
}
