import type { Section } from '../report.types.js';

/**
 * The section tree as a flat list in reading order, each section with what a reader of one
 * section alone cannot see: its parent, its depth and the theme it falls under. Later stages
 * (passages, the dataset) place an item in the innermost section containing its first line.
 */

export interface IndexedSection {
  readonly section: Section;
  /** The enclosing section; null for a top-level one (the root is not listed). */
  readonly parent: Section | null;
  /** Depth below the root: 1 for a part or top-level theme, 2 below it, and so on. */
  readonly level: number;
  /** The deepest vocabulary theme at or above this section, null outside themes. */
  readonly themeId: string | null;
}

/** Every section except the root, in reading order. */
export function indexSections(tree: Section): IndexedSection[] {
  const out: IndexedSection[] = [];
  const visit = (section: Section, parent: Section | null, level: number, theme: string | null) => {
    const themeId = section.themeId ?? theme;
    if (level > 0) out.push({ section, parent: level > 1 ? parent : null, level, themeId });
    for (const child of section.children) visit(child, section, level + 1, themeId);
  };
  visit(tree, null, 0, null);
  return out;
}

/** The deepest section whose span holds the line, if any. */
export function findInnermostSection(
  sections: readonly IndexedSection[],
  line: number,
): IndexedSection | undefined {
  let best: IndexedSection | undefined;
  for (const s of sections)
    if (line >= s.section.lineStart && line <= s.section.lineEnd && (!best || s.level > best.level))
      best = s;
  return best;
}
