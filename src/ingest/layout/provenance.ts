import type { Provenance, Section } from '../report.types.js';
import { quoteStart } from '../text/quote.js';

/**
 * Provenance helpers shared by the developing-practice, force-fact, indicator, most-similar
 * and glossary extractors: where a line sits in the section tree, quoted by `text/quote.ts`.
 */

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
