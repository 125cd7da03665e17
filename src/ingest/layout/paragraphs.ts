import type { ExtractContext } from '../extract-context.js';
import type { Paragraph, Section } from '../report.types.js';
import { listSections } from './sections.js';

/**
 * The report's prose, paragraph by paragraph, with the section and lines of each: what names
 * are discovered in and partnerships are read from. The cover, the contents, the glossary
 * (its lines are definitions, not prose) and tables are left out.
 */

/** Sections whose blocks are not prose about the force: the cover, the contents, the glossary. */
export function holdsNoProse(section: Section): boolean {
  return (
    section.kind === 'front-matter' ||
    section.kind === 'contents' ||
    /glossary|abbreviations/.test(section.key)
  );
}

/** The prose paragraphs (text and bullet blocks) of the report body, in reading order. */
export function listReportParagraphs(ctx: Pick<ExtractContext, 'layout' | 'tree'>): Paragraph[] {
  const sections = listSections(ctx.tree).filter((s) => s.kind !== 'root');
  const skipped = sections.filter(holdsNoProse);
  const out: Paragraph[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'text' && block.kind !== 'bullet') continue;
    if (skipped.some((s) => block.lineStart >= s.lineStart && block.lineStart <= s.lineEnd))
      continue;
    out.push({
      text: block.text,
      section: findSectionPath(sections, block.lineStart),
      lineStart: block.lineStart,
      lineEnd: block.lineEnd,
    });
  }
  return out;
}

/** The path of the innermost section containing the line ('' when none does). */
function findSectionPath(sections: readonly Section[], line: number): string {
  let best: Section | undefined;
  for (const s of sections)
    if (line >= s.lineStart && line <= s.lineEnd && (!best || s.rank >= best.rank)) best = s;
  return best?.path ?? '';
}
