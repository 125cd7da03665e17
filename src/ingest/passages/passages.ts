import type { ExtractContext } from '../extract-context.js';
import type { Block } from '../layout/layout.js';
import { holdsNoProse } from '../layout/paragraphs.js';
import {
  findInnermostSection,
  indexSections,
  type IndexedSection,
} from '../layout/section-index.js';
import { isMarkerLine } from '../layout/sections.js';
import type { ParsedFootnote, ParsedPassage, PassageKind } from '../report.types.js';
import { quoteStart } from '../text/quote.js';
import { listFootnoteMarks, stripFootnoteMarks } from '../text/text.js';
import type { LineSpan } from '../text/line-span.js';
import { readFootnotes, type BodyBlock } from './footnotes.js';

/**
 * The passages stage: every prose paragraph of a report's body that no list, developing-practice
 * item or heading already holds, in reading order, and the footnotes printed at the page feet.
 *
 *     The force has invested in neighbourhood policing¹ …     → Passage (PARAGRAPH), cites 1
 *     - a bullet that is no finding (2008 `Developing practice`) → Passage (BULLET)
 *     Figure 2: Police-recorded crime rates …                 → Passage (LABELLED)
 *     ¹ Detailed in HO research study 296                      → Footnote 1
 *
 * The layout has already joined paragraphs split by page breaks and dropped page footers and
 * running heads; a passage's text is its block's with the bullet mark and footnote markers
 * removed. Left out: the cover, the contents and the glossary; headings; flattened tables;
 * `GRADE` and grade-label lines; blocks a findings or recommendations list took (see
 * `readListCoverage`); developing-practice items (Initiative nodes hold their text).
 */

/** What other extractors already took from the text. */
export interface TakenText {
  /** First lines of blocks that lists took (findings, recommendations, markers, `None.`). */
  readonly listBlockLines: ReadonlySet<number>;
  /** Spans of items that hold whole paragraphs of their own (developing practice). */
  readonly itemSpans: readonly LineSpan[];
}

export interface PassageStage {
  readonly passages: readonly ParsedPassage[];
  readonly footnotes: readonly ParsedFootnote[];
}

const bulletMark = /^\s*([-•*]|\d{1,2}[.)])\s+/;
/** Longer text starting `Grade …` is prose, not a GRADE marker. */
const maxMarkerLength = 40;

const passageKinds: Partial<Record<Block['kind'], PassageKind>> = {
  text: 'PARAGRAPH',
  bullet: 'BULLET',
  field: 'LABELLED',
};

export function extractPassages(
  ctx: Pick<ExtractContext, 'layout' | 'tree'>,
  taken: TakenText,
): PassageStage {
  const sections = indexSections(ctx.tree);
  const prose = new Set(sections.filter((s) => !holdsNoProse(s.section)));
  const headingLines = new Set<number>();
  for (const { section } of sections)
    for (let n = section.lineStart; n <= section.headingEnd; n++) headingLines.add(n);
  const body: BodyBlock[] = [];
  for (const block of ctx.layout.blocks) {
    const place = findInnermostSection(sections, block.lineStart);
    if (place && prose.has(place))
      body.push({ block, place, heading: headingLines.has(block.lineStart) });
  }
  const passages: ParsedPassage[] = [];
  for (const { block, place, heading } of body) {
    const kind = passageKinds[block.kind];
    if (!kind || heading || isTaken(block, taken) || isMarker(block)) continue;
    passages.push(toPassage(block, kind, place));
  }
  return { passages, footnotes: readFootnotes(body) };
}

function isTaken(block: Block, taken: TakenText): boolean {
  if (taken.listBlockLines.has(block.lineStart)) return true;
  return taken.itemSpans.some(
    (s) => block.lineStart >= s.lineStart && block.lineStart <= s.lineEnd,
  );
}

/** `GRADE`, `FAIR`, `Requires improvement` printed on a line of their own. */
function isMarker(block: Block): boolean {
  return block.kind === 'text' && block.text.length <= maxMarkerLength && isMarkerLine(block.text);
}

function toPassage(block: Block, kind: PassageKind, place: IndexedSection): ParsedPassage {
  const printed = kind === 'BULLET' ? block.text.replace(bulletMark, '') : block.text;
  return {
    kind,
    text: cleanPassageText(printed),
    themeId: place.themeId,
    footnoteMarks: listFootnoteMarks(printed),
    lines: block.lines,
    provenance: {
      section: place.section.path,
      lineStart: block.lineStart,
      lineEnd: block.lineEnd,
      quote: quoteStart(printed.replace(/\s+/g, ' ')),
    },
  };
}

/**
 * Footnote markers and the conversion's bold marks (`**exceptional**`) removed, runs of white
 * space (tabs too) as one space. A lone `**` (a table's note mark) stays.
 */
export function cleanPassageText(printed: string): string {
  return stripFootnoteMarks(printed)
    .replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
