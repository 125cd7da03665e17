import type { Provenance, Section } from '../report.types.js';

/**
 * Provenance helpers shared by the developing-practice, force-fact, indicator, most-similar
 * and glossary extractors: where a line sits in the section tree, and a short exact quote.
 */

/** Longest quote kept: enough to find the passage again, short enough to show in a list. */
const maxQuoteLength = 200;

/**
 * The deepest section whose span holds the line (the root when none does), optionally only
 * among sections that `accept` takes (their children are still searched).
 */
export function findSectionAt(
  tree: Section,
  line: number,
  accept: (section: Section) => boolean = () => true,
): Section {
  let found = tree;
  let section = tree;
  for (;;) {
    const next = section.children.find((c) => c.lineStart <= line && line <= c.lineEnd);
    if (!next) return found;
    if (accept(next)) found = next;
    section = next;
  }
}

/** The deepest section holding the line that names a vocabulary theme, if any. */
export function findThemeSectionAt(tree: Section, line: number): Section | undefined {
  let found: Section | undefined;
  let section = tree;
  for (;;) {
    if (section.kind === 'theme' && section.themeId !== null) found = section;
    const next = section.children.find((c) => c.lineStart <= line && line <= c.lineEnd);
    if (!next) return found;
    section = next;
  }
}

/**
 * The start of the text as printed, cut at a word boundary: an exact substring of the source
 * lines joined by single spaces, so that a reader can search the report for it.
 */
export function quoteStart(text: string): string {
  const t = text.trim();
  if (t.length <= maxQuoteLength) return t;
  const cut = t.lastIndexOf(' ', maxQuoteLength);
  return t.slice(0, cut > maxQuoteLength / 2 ? cut : maxQuoteLength);
}

/**
 * A quote of at most 200 characters of `text` that holds `text.slice(start, end)`: the start of
 * the text when that is enough, else a window beginning at a word before the passage.
 */
export function quoteAround(text: string, start: number, end: number): string {
  const t = text.trim();
  const offset = text.indexOf(t);
  const from = start - offset;
  if (end - offset <= maxQuoteLength) return quoteStart(t);
  const begin = Math.max(0, t.lastIndexOf(' ', Math.max(0, from - 40)) + 1);
  return quoteStart(t.slice(begin));
}

/**
 * Provenance for lines `lineStart`–`lineEnd`, with the section holding the first line (among
 * those `accept` takes).
 */
export function makeProvenance(
  tree: Section,
  lineStart: number,
  lineEnd: number,
  quotedText: string,
  accept?: (section: Section) => boolean,
): Provenance {
  return {
    section: findSectionAt(tree, lineStart, accept).path,
    lineStart,
    lineEnd,
    quote: quoteStart(quotedText),
  };
}

/** `base`, or `base-2`, `base-3` … when taken: ids unique within a report. */
export function uniqueKey(keys: Set<string>, base: string): string {
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
  keys.add(key);
  return key;
}
