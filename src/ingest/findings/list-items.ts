import type { ListBlock, RecommendationMarker } from './list-blocks.js';
import { quoteStart } from '../text/quote.js';
import { stripFootnoteMarks } from '../text/text.js';
import type { LineSpan } from '../text/line-span.js';

/**
 * Groups a list's blocks into items, one per finding, in the two layouts the reports use:
 *
 *     bullet lists (Met 2007, West Midlands, 2008, PEEL)    paragraph lists (Thames Valley 2007)
 *     - The force has …                                   The force has … including:
 *       continuation paragraph of the same item           - joint working …   (part of the item)
 *     - Next item …                                       Next item …
 *
 * A bullet list starts with a bullet: each top-level bullet is an item; indented sub-bullets
 * and plain paragraphs continue the item above, except prose at the foot of a page (footnote
 * text that lost its superscript number), which is skipped. A paragraph list starts with
 * prose: each paragraph is an item and bullets belong to the paragraph above. `None.` is no
 * item. A `RECOMMENDATION 3` marker takes the next block (and, if that ends with a colon, the
 * bullets after it) as the recommendation's text; the list resumes after it.
 */

export interface ListItem extends LineSpan {
  /** Full text, footnote markers removed, whitespace collapsed. */
  readonly text: string;
  /** The start of the text as printed (see `quoteStart`). */
  readonly quote: string;
}

export interface MarkedRecommendation {
  readonly marker: RecommendationMarker;
  /** The line the marker is printed on. */
  readonly markerLine: number;
  readonly item: ListItem;
}

export interface ListEntries {
  readonly items: readonly ListItem[];
  readonly recommendations: readonly MarkedRecommendation[];
  /** Blocks no item took: prose at a page foot (footnote text that lost its number). */
  readonly skipped: readonly ListBlock[];
  /** `None.` printed as the list's only content: the list is empty by the report's word. */
  readonly printedNone: ListBlock | null;
}

interface Draft {
  parts: string[];
  lineStart: number;
  lineEnd: number;
}

/** Splits a list's blocks into finding items and the numbered recommendations among them. */
export function groupListItems(blocks: readonly ListBlock[]): ListEntries {
  const firstContent = blocks.find((b) => !b.marker);
  const bulletStyle = firstContent?.bullet === true;
  const items: Draft[] = [];
  const recommendations: MarkedRecommendation[] = [];
  const skipped: ListBlock[] = [];
  let current: Draft | undefined;
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.marker) {
      const taken = takeRecommendationText(blocks, i);
      if (taken.draft)
        recommendations.push({
          marker: b.marker,
          markerLine: b.block.lineStart,
          item: finishDraft(taken.draft),
        });
      current = undefined;
      i = taken.next;
      continue;
    }
    if (bulletStyle && !b.bullet && current) {
      const runEnd = findProseRunEnd(blocks, i);
      if (blocks[runEnd - 1]!.beforePageFooter) {
        skipped.push(...blocks.slice(i, runEnd));
        i = runEnd;
        continue;
      }
    }
    if (startsItem(b, bulletStyle, current)) {
      current = startDraft(b);
      items.push(current);
    } else appendBlock(current!, b);
    i++;
  }
  const finished = items.map(finishDraft);
  const content = blocks.filter((b) => !b.marker);
  return {
    items: finished.filter((item) => !isNone(item.text)),
    recommendations,
    skipped,
    printedNone: content.length === 1 && isNone(content[0]!.text) ? content[0]! : null,
  };
}

function startsItem(b: ListBlock, bulletStyle: boolean, current: Draft | undefined): boolean {
  if (!current) return true;
  if (bulletStyle) return b.bullet && !b.subBullet;
  return !b.bullet && !/^\p{Ll}/u.test(b.text);
}

/** The end (exclusive) of the run of plain prose blocks starting at `start`. */
function findProseRunEnd(blocks: readonly ListBlock[], start: number): number {
  let end = start;
  while (end < blocks.length && !blocks[end]!.bullet && !blocks[end]!.marker) end++;
  return end;
}

/**
 * The text of the recommendation whose marker is at `index`: text after the number on the
 * marker line, else the next block; then the bullets that a closing colon introduces.
 */
function takeRecommendationText(
  blocks: readonly ListBlock[],
  index: number,
): { draft: Draft | undefined; next: number } {
  const marker = blocks[index]!;
  let next = index + 1;
  let draft: Draft | undefined;
  if (marker.marker!.inline !== '') {
    draft = {
      parts: [marker.marker!.inline],
      lineStart: marker.block.lineStart,
      lineEnd: marker.block.lineEnd,
    };
  } else if (next < blocks.length && !blocks[next]!.marker) {
    draft = startDraft(blocks[next]!);
    next++;
  }
  if (draft && /:$/.test(draft.parts[draft.parts.length - 1]!.trim()))
    while (next < blocks.length && blocks[next]!.bullet) appendBlock(draft, blocks[next++]!);
  return { draft, next };
}

function startDraft(b: ListBlock): Draft {
  return { parts: [b.text], lineStart: b.block.lineStart, lineEnd: b.block.lineEnd };
}

function appendBlock(draft: Draft, b: ListBlock): void {
  draft.parts.push(b.text);
  draft.lineEnd = Math.max(draft.lineEnd, b.block.lineEnd);
}

function finishDraft(draft: Draft): ListItem {
  const printed = draft.parts.join(' ');
  return {
    text: cleanText(printed),
    quote: quoteStart(collapseSpaces(printed)),
    lineStart: draft.lineStart,
    lineEnd: draft.lineEnd,
  };
}

/** Footnote markers removed, runs of white space collapsed. */
export function cleanText(printed: string): string {
  return stripFootnoteMarks(printed).replace(/\s+/g, ' ').trim();
}

/** Printed text with every run of white space as one space: what an item's quote is cut from. */
export function collapseSpaces(printed: string): string {
  return printed.replace(/\s+/g, ' ');
}

function isNone(text: string): boolean {
  return /^(none|nil|n\/a)\.?$/i.test(text);
}
