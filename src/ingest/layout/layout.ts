import { endsClause, stripFootnoteMarks } from '../text/text.js';
import type { LineSpan } from '../text/line-span.js';
import { findRunningHeads } from './running-heads.js';

/**
 * The layout layer: raw report text (converted from PDF) in, numbered lines and logical blocks
 * out. It knows nothing of HMIC: it removes page furniture from the reading flow, re-joins text
 * that a page break or a hard wrap split, and marks which blocks are shaped like headings. Every
 * block keeps the 1-based line numbers of its source lines, so provenance survives joining.
 */

/**
 * `blank`: empty; `footer`: page furniture (`October 2007`, `16`, and a running head printed at
 * every page break, see `findRunningHeads`); `rule`: no letters or digits (`-------`, `_`);
 * `text`: content.
 */
export type LineKind = 'blank' | 'footer' | 'rule' | 'text';

export interface SourceLine {
  /** 1-based line number in the file. */
  readonly number: number;
  readonly text: string;
  readonly kind: LineKind;
}

/**
 * `table`: a line of a flattened table (it holds tabs); `bullet`: `- item`, `• item`, `1. item`;
 * `footnote`: starts with a superscript number; `field`: a labelled line such as `TITLE: …`,
 * `FORCE CONTACT: …`, `Source: …`; `text`: everything else (paragraphs and headings).
 */
export type BlockKind = 'text' | 'bullet' | 'table' | 'footnote' | 'field';

export interface Block extends LineSpan {
  readonly kind: BlockKind;
  /** The source lines' text, trimmed and joined with single spaces. */
  readonly text: string;
  /** The text lines joined into this block (page footers and blank lines in between are not listed). */
  readonly lines: readonly number[];
  /** No text line directly above its first line or below its last: a paragraph on its own, not a list item. */
  readonly standalone: boolean;
  /** Standalone and shaped like a title: short, capitalised, no sentence punctuation at the end. */
  readonly headingShaped: boolean;
}

export interface Layout {
  readonly lines: readonly SourceLine[];
  /** Blocks in reading order (by first line). */
  readonly blocks: readonly Block[];
}

const monthYear =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)\s+(19|20)\d\d$/i;
const pageNumber = /^\d{1,4}$/;
/** Words a heading never ends on: a line ending on one is the first half of a split sentence. */
const danglingWords = new Set(
  'a an and as at by for from in into it of on or the that to when where which while with'.split(
    ' ',
  ),
);
/** Shortest unfinished block that may continue, after a page footer, into text starting with a capital. */
const minRunOnLength = 80;
/** In a converted file, a line this long followed directly by more text was wrapped. */
const minWrappedLength = 50;
/** A file whose longest line is at most this long was hard-wrapped. */
const maxWrapWidth = 200;

/** Splits text into lines; a final newline does not start an extra line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Lays out report text. Page footers are a bare month and year or a bare page number standing
 * alone between blank lines; they stay in `lines` (flagged) but never enter a block.
 */
export function layoutText(text: string): Layout {
  const lines = classifyLines(splitLines(text));
  const blocks = joinAcrossGaps(lines, groupWrappedLines(lines));
  return { lines, blocks };
}

function classifyLines(raw: readonly string[]): SourceLine[] {
  const trimmed = raw.map((line) => line.trim());
  const isBlank = (i: number): boolean => i < 0 || i >= trimmed.length || trimmed[i] === '';
  const kinds = trimmed.map((t, i): LineKind => {
    if (t === '') return 'blank';
    if (!/[\p{L}\p{N}]/u.test(t)) return 'rule';
    if ((monthYear.test(t) || pageNumber.test(t)) && isBlank(i - 1) && isBlank(i + 1))
      return 'footer';
    return 'text';
  });
  for (const i of findRunningHeads(trimmed, kinds)) kinds[i] = 'footer';
  return raw.map((text, i) => ({ number: i + 1, text, kind: kinds[i]! }));
}

/** The kind a block takes from its first line. */
export function classifyBlockStart(text: string): BlockKind {
  if (text.includes('\t')) return 'table';
  const t = text.trim();
  if (/^([⁰¹²³⁴⁵⁶⁷⁸⁹]|\$\^\{|\^\{)/.test(t)) return 'footnote';
  if (/^([-•*]|\d{1,2}\.)\s/.test(t)) return 'bullet';
  if (/^[A-Z][A-Za-z0-9()&/' ]{0,30}\s?:(\s|$)/.test(t)) return 'field';
  return 'text';
}

/**
 * True when a standalone line reads like a heading rather than prose: 2–160 characters,
 * starting with a capital, ending in a letter, `)`, `?` or a year (`since 2006`) but not on a
 * word like `the` or `when`, at most 14 words (25 for a question), no semicolon, and no comma
 * unless it is a question.
 */
export function isHeadingShapedText(text: string): boolean {
  const t = stripFootnoteMarks(text).trim();
  if (t.length < 2 || t.length > 160) return false;
  if (!/^\p{Lu}/u.test(t)) return false;
  if (!/[\p{L})?]$/u.test(t) && !/\s(19|20)\d\d(\/\d\d)?$/.test(t)) return false;
  if (!/\p{L}.*\p{L}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > (t.endsWith('?') ? 25 : 14)) return false;
  if (danglingWords.has(words[words.length - 1]!.toLowerCase())) return false;
  return !t.includes(';') && (!t.includes(',') || t.endsWith('?'));
}

interface DraftBlock {
  kind: BlockKind;
  parts: string[];
  lines: number[];
}

/**
 * The width a file was hard-wrapped at: the length that all but 1% of its text lines keep
 * within (unbreakable URLs and table rows may overrun it), when that is at most `maxWrapWidth`
 * and enough lines come close to it.
 * A PDF conversion instead keeps each paragraph on one line of hundreds of characters.
 */
function findWrapWidth(lines: readonly SourceLine[]): number | undefined {
  const lengths = lines
    .filter((l) => l.kind === 'text')
    .map((l) => l.text.trimEnd().length)
    .sort((a, b) => b - a);
  const width = lengths[Math.floor(lengths.length / 100)];
  if (width === undefined || width > maxWrapWidth) return undefined;
  // A wrapped file has many lines filled close to the width; a short note does not.
  const filled = lengths.filter((n) => n >= width * 0.75).length;
  return filled >= 10 && filled >= lengths.length / 10 ? width : undefined;
}

/** Consecutive text lines form one block when each continues a hard-wrapped line. */
function groupWrappedLines(lines: readonly SourceLine[]): Block[] {
  const wrapWidth = findWrapWidth(lines);
  const drafts: DraftBlock[] = [];
  let current: DraftBlock | undefined;
  let previous: SourceLine | undefined;
  for (const line of lines) {
    if (line.kind !== 'text') {
      current = undefined;
      continue;
    }
    if (
      current &&
      previous &&
      continuesWrappedLine(current.kind, previous.text, line.text, wrapWidth)
    ) {
      current.parts.push(line.text.trim());
      current.lines.push(line.number);
    } else {
      current = {
        kind: classifyBlockStart(line.text),
        parts: [line.text.trim()],
        lines: [line.number],
      };
      drafts.push(current);
    }
    previous = line;
  }
  return drafts.map((draft) => finishBlock(draft, lines));
}

/**
 * Whether `next` continues `previous` as a hard-wrapped line. In a file wrapped at a known
 * width the test is the wrapper's own: the next line's first word would not have fitted. In a
 * converted file (one long line per paragraph) the few wrapped fragments are long lines.
 */
function continuesWrappedLine(
  kind: BlockKind,
  previous: string,
  next: string,
  wrapWidth: number | undefined,
): boolean {
  if (classifyBlockStart(next) !== 'text') return false;
  const length = previous.trimEnd().length;
  // A converted file keeps a table row on one line; a wrapped file may wrap it like prose.
  if (wrapWidth === undefined)
    return kind !== 'table' && !previous.includes('\t') && length >= minWrappedLength;
  const firstWord = next.trim().split(/\s+/)[0] ?? '';
  return length + 1 + firstWord.length > wrapWidth;
}

function finishBlock(draft: DraftBlock, lines: readonly SourceLine[]): Block {
  const lineStart = draft.lines[0]!;
  const lineEnd = draft.lines[draft.lines.length - 1]!;
  const isText = (n: number): boolean => lines[n - 1]?.kind === 'text';
  const standalone = !isText(lineStart - 1) && !isText(lineEnd + 1);
  const text = draft.parts.join(' ');
  return {
    kind: draft.kind,
    text,
    lineStart,
    lineEnd,
    lines: draft.lines,
    standalone,
    headingShaped: standalone && draft.kind === 'text' && isHeadingShapedText(text),
  };
}

/**
 * Re-joins prose that a page break split: an unfinished paragraph or bullet continues into the
 * next text block when that block starts in lower case, or when a page footer sits between them.
 * Footnotes printed at the page foot stay separate blocks.
 */
function joinAcrossGaps(lines: readonly SourceLine[], blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const targetIndex = findJoinTarget(out);
    const target = targetIndex === undefined ? undefined : out[targetIndex];
    if (target && targetIndex !== undefined && canJoin(target, block, lines)) {
      out[targetIndex] = {
        ...target,
        text: `${target.text} ${block.text}`,
        lineEnd: block.lineEnd,
        lines: [...target.lines, ...block.lines],
        standalone: false,
        headingShaped: false,
      };
    } else {
      out.push(block);
    }
  }
  return out;
}

/** The latest block that is not a footnote: footnotes sit between the halves of a split paragraph. */
function findJoinTarget(blocks: readonly Block[]): number | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.kind !== 'footnote') return i;
  return undefined;
}

function canJoin(a: Block, b: Block, lines: readonly SourceLine[]): boolean {
  if (a.kind !== 'text' && a.kind !== 'bullet') return false;
  if (b.kind !== 'text' || b.headingShaped || endsClause(a.text)) return false;
  // Only footnote blocks can lie between a and b (see findJoinTarget), so the gap holds no prose.
  let footerInGap = false;
  for (let n = a.lineEnd + 1; n < b.lineStart; n++)
    if (lines[n - 1]!.kind === 'footer') footerInGap = true;
  const lowerCase = /^\p{Ll}/u.test(b.text);
  // A short first line can look like a heading; but no heading runs on, after a page footer,
  // into text starting in lower case.
  if (a.headingShaped) return lowerCase && footerInGap;
  // After a page footer a capital may continue a sentence (`by the end of` / `April 2007.`),
  // but only a long paragraph runs on like that; short list items and labels end at the break.
  return lowerCase || (footerInGap && a.text.length >= minRunOnLength);
}

/** The last line holding text: where a truncated file stops. */
export function findLastTextLine(layout: Layout): number {
  for (let n = layout.lines.length; n >= 1; n--) if (layout.lines[n - 1]!.kind === 'text') return n;
  return 1;
}

/** The first text line after `line`, skipping blanks, page footers and rules. */
export function findContentLineAfter(layout: Layout, line: number): SourceLine | undefined {
  for (let n = line + 1; n <= layout.lines.length; n++) {
    const candidate = layout.lines[n - 1]!;
    if (candidate.kind === 'text') return candidate;
  }
  return undefined;
}

/** The last text line before `line`, skipping blanks, page footers and rules. */
export function findContentLineBefore(layout: Layout, line: number): SourceLine | undefined {
  for (let n = line - 1; n >= 1; n--) {
    const candidate = layout.lines[n - 1]!;
    if (candidate.kind === 'text') return candidate;
  }
  return undefined;
}

/** Blocks whose first line lies within [lineStart, lineEnd]. */
export function listBlocksWithin(layout: Layout, lineStart: number, lineEnd: number): Block[] {
  return layout.blocks.filter((b) => b.lineStart >= lineStart && b.lineStart <= lineEnd);
}
