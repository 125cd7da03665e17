/**
 * Where something is printed in a report: its first and last line, 1-based and inclusive.
 * Every block, section, item and piece of evidence carries one, so provenance always points
 * back at the source lines.
 */
export interface LineSpan {
  readonly lineStart: number;
  readonly lineEnd: number;
}
