import type { ParsedReport, Section } from '../report.types.js';
import { listSections } from './sections.js';

/**
 * The report's prose, paragraph by paragraph, with the section and lines of each: what names
 * are discovered in and partnerships are read from. The cover, the contents, the glossary
 * (its lines are definitions, not prose) and tables are left out.
 */

export interface Paragraph {
  readonly text: string;
  readonly section: string;
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** Sections whose blocks are not prose about the force. */
function isSkipped(section: Section): boolean {
  return (
    section.kind === 'front-matter' ||
    section.kind === 'contents' ||
    /glossary|abbreviations/.test(section.key)
  );
}

/** The prose paragraphs (text and bullet blocks) of the report body, in reading order. */
export function listReportParagraphs(
  report: Pick<ParsedReport, 'layout' | 'sections'>,
): Paragraph[] {
  const sections = listSections(report.sections).filter((s) => s.kind !== 'root');
  const skipped = sections.filter(isSkipped);
  const out: Paragraph[] = [];
  for (const block of report.layout.blocks) {
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
