import type { Block, Layout } from '../layout/layout.js';
import { classifyListHeading } from './lists.js';
import type { Section } from '../report.types.js';
import { isMarkerLine, listSections } from '../layout/sections.js';

/**
 * The content blocks of one list section, in reading order, without page furniture: footnotes
 * (`² Operation Rainbow is …`), flattened tables, GRADE lines, the headings of minor
 * sub-sections, and everything from a developing-practice block or a nested list on. Each
 * block is marked as a bullet, a sub-bullet (an indented `- ` under a bullet) or prose, and
 * `RECOMMENDATION 3` lines are recognised as markers.
 */

export interface ListBlock {
  readonly block: Block;
  /** Text as printed, bullet marker removed (footnote markers kept, for quotes). */
  readonly text: string;
  readonly bullet: boolean;
  /** An indented bullet: part of the item above it, never an item of its own. */
  readonly subBullet: boolean;
  /** Set on a `Recommendation 3` line: its number and any text after it on the same line. */
  readonly marker: RecommendationMarker | null;
  /** The block's text line is followed, after blank lines only, by a page footer. */
  readonly beforePageFooter: boolean;
}

export interface RecommendationMarker {
  readonly number: number;
  /** Text printed after the number on the marker line (`Recommendation 3 – That …`), often empty. */
  readonly inline: string;
  /** The marker as printed. */
  readonly quote: string;
}

const bulletMark = /^\s*([-•*]|\d{1,2}[.)])\s+/;
const markerLine = /^recommendation\s+(\d{1,3})\b\s*[:.–—-]?\s*(.*)$/i;
/** A developing-practice item that lost its heading still starts with these field labels. */
const developingPracticeField = /^(inspection area|title)\s*:/i;
/** Longer text starting `Grade …` is prose, not a GRADE marker. */
const maxMarkerLength = 40;

/** Reads a `Recommendation 3` marker line. */
export function readRecommendationMarker(text: string): RecommendationMarker | null {
  const m = markerLine.exec(text.trim());
  if (!m) return null;
  return { number: Number(m[1]), inline: m[2]!.trim(), quote: text.trim() };
}

/** The list's blocks, from just below its heading to where the list ends. */
export function collectListBlocks(layout: Layout, section: Section): ListBlock[] {
  const descendants = listSections(section).slice(1);
  const stop = descendants.find((d) => classifyListHeading(d.key) !== undefined);
  const lineEnd = stop ? stop.lineStart - 1 : section.lineEnd;
  const headingLines = new Set(descendants.map((d) => d.lineStart));
  const out: ListBlock[] = [];
  for (const block of layout.blocks) {
    if (block.lineStart <= section.headingEnd || block.lineStart > lineEnd) continue;
    if (developingPracticeField.test(block.text)) break;
    if (block.kind === 'footnote' || block.kind === 'table' || headingLines.has(block.lineStart))
      continue;
    const firstLine = layout.lines[block.lineStart - 1]!.text;
    const bullet = block.kind === 'bullet';
    const marker = bullet ? null : readRecommendationMarker(block.text);
    // A GRADE line or bare grade printed above the next theme's heading is not an item.
    if (!bullet && !marker && block.text.length <= maxMarkerLength && isMarkerLine(block.text))
      continue;
    out.push({
      block,
      text: bullet ? block.text.replace(bulletMark, '') : block.text,
      bullet,
      subBullet: bullet && /^\s+\S/.test(firstLine),
      marker,
      beforePageFooter: isFollowedByFooter(layout, block.lineEnd),
    });
  }
  return out;
}

function isFollowedByFooter(layout: Layout, line: number): boolean {
  for (let n = line + 1; n <= layout.lines.length; n++) {
    const kind = layout.lines[n - 1]!.kind;
    if (kind === 'footer') return true;
    if (kind !== 'blank') return false;
  }
  return false;
}
