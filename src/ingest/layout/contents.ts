import { splitCells, slugify, stripFootnoteMarks } from '../text/text.js';
import type { Layout } from './layout.js';

/**
 * Reads the table of contents. Its entries must not be taken for headings, and their keys tell
 * the section builder which other headings are structural. The contents end where its first
 * entry reappears as a heading in the body (`Introduction to HMIC Inspections`).
 */

export interface Contents {
  /** Line of the `Contents` heading. */
  readonly headingLine: number;
  /** Last line of the contents block. */
  readonly lineEnd: number;
  /** Slugs of the entries, page numbers and dot leaders removed. */
  readonly entryKeys: ReadonlySet<string>;
}

/** Lines longer than this are prose: the contents cannot reach past them. */
const proseLength = 200;

/** Reads the contents block, or undefined when the report has none. */
export function readContents(layout: Layout): Contents | undefined {
  const heading = layout.lines.find(
    (l) => l.kind === 'text' && /^(table of )?contents$/i.test(l.text.trim()),
  );
  if (!heading) return undefined;
  const entries = layout.lines.filter((l) => l.number > heading.number && l.kind === 'text');
  const first = entries[0];
  if (!first) return undefined;
  const firstKey = toEntryKey(first.text);
  const repeat = entries.find(
    (l) => l.number > first.number && l.text.length <= 160 && toEntryKey(l.text) === firstKey,
  );
  const lineEnd = repeat ? repeat.number - 1 : findProseStart(layout, heading.number) - 1;
  // An entry may have been wrapped onto two lines: keep the key of each line pair too.
  const inside = entries.filter((l) => l.number <= lineEnd);
  const keys = inside.flatMap((l, i) => {
    const next = inside[i + 1];
    const pair =
      next && next.number === l.number + 1 ? [`${l.text.trim()} ${next.text.trim()}`] : [];
    return [l.text, ...pair].map((text) => toEntryKey(text));
  });
  return { headingLine: heading.number, lineEnd, entryKeys: new Set(keys.filter((k) => k !== '')) };
}

/** The key of a contents entry: the longest cell, footnote marks, dot leaders and page numbers removed. */
export function toEntryKey(text: string): string {
  const cells = splitCells(text);
  const longest = cells.reduce((a, b) => (b.length > a.length ? b : a), '');
  // Page numbers: glued to the text (`Force in numbers5`) or after a dot leader (`?.19`); a
  // spaced four-digit year (`Force developments since 2006`) is part of the heading.
  return slugify(stripFootnoteMarks(longest).replace(/(?:[.·…]+\s*|(?<=[^\d\s.]))\d{1,3}$/, ''));
}

/** Without a repeated first entry, the body starts at the heading before the first prose line. */
function findProseStart(layout: Layout, after: number): number {
  const prose = layout.lines.find((l) => l.number > after && l.text.trim().length > proseLength);
  if (!prose) return layout.lines.length + 1;
  for (let n = prose.number - 1; n > after; n--) {
    const line = layout.lines[n - 1]!;
    if (line.kind === 'text') return line.text.trim().length <= 160 ? n : prose.number;
  }
  return prose.number;
}
