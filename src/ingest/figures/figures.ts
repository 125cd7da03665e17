import type { ExtractContext } from '../extract-context.js';
import type { Block } from '../layout/layout.js';
import { findThemeSectionAt, makeProvenance } from '../layout/provenance.js';
import { listSections } from '../layout/sections.js';
import type { ParsedFigure, ParsedForceFact, Section } from '../report.types.js';
import { splitSentences } from '../text/sentences.js';
import { quoteAround } from '../text/quote.js';
import { splitCells } from '../text/text.js';
import { matchGradeExact } from '../vocabulary/grade-lookup.js';
import { findComparisons, toComparator, type Candidate } from './comparisons.js';
import { readTableFigures } from './figure-tables.js';
import { readMeasure, readPeriod, type Measure } from './measures.js';
import { findNumberMentions } from './number-mentions.js';
import { resolveUnits } from './units-in-context.js';

/**
 * The figures stage: every number the report states in digits (in prose, list items, footnote
 * text, developing practice and tables) becomes a figure with its unit, what it measures, its
 * period and what it is compared with — unless it is no figure (a date, an identifier, a list
 * number; see `number-mentions.ts`) or a force fact already holds it. Force facts and figures
 * complement each other, one number never both: the overview's standing facts (`620 square
 * miles`) and the indicator tables (`facts/`) stay force facts, and the PEEL `Force in numbers`
 * page, whose flattened graphics only the facts stage can pair up, is left to it.
 *
 *     As at 1 July 2016, the Metropolitan Police Service was actively disrupting, investigating
 *     or monitoring 84 organised crime groups (OCGs) per million of the population. This
 *     compares to 46 OCGs per million of the population across England and Wales.
 *
 * gives 84 PER_MILLION_POPULATION `organised crime groups`, period `as at 1 July 2016`, compared
 * with 46 (England and Wales).
 */
export function extractFigures(
  ctx: ExtractContext,
  facts: readonly ParsedForceFact[],
): ParsedFigure[] {
  const skipped = listSections(ctx.tree).filter(isSkipped);
  const inSkipped = (line: number): boolean =>
    skipped.some((s) => line >= s.lineStart && line <= s.lineEnd);
  const out: ParsedFigure[] = [];
  const blocks = ctx.layout.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (inSkipped(block.lineStart)) continue;
    if (block.kind === 'table') {
      const caption = blocks[i - 1];
      const rows = [block];
      while (blocks[i + 1]?.kind === 'table') rows.push(blocks[++i]!);
      out.push(...readTable(ctx, facts, rows, caption));
    } else if (isProse(block)) {
      out.push(...readProse(ctx, facts, block));
    }
  }
  return out;
}

/** Parts whose numbers are not the report's figures: cover, contents, glossary, force in numbers. */
function isSkipped(section: Section): boolean {
  return (
    section.kind === 'front-matter' ||
    section.kind === 'contents' ||
    /glossary|abbreviations/.test(section.key) ||
    (section.kind === 'part' && section.key === 'force-in-numbers')
  );
}

/** Headings, chart captions (`Figure 5: …`) and contact lines hold no figures. */
function isProse(block: Block): boolean {
  if (block.headingShaped) return false;
  if (/^(?:Figure|Table|Chart)\s+\d+\s*[:.–-]/i.test(block.text)) return false;
  return !/^(?:FORCE\s+CONTACT|CONTACT|ISBN|Source)\s*:/i.test(block.text);
}

function readProse(
  ctx: ExtractContext,
  facts: readonly ParsedForceFact[],
  block: Block,
): ParsedFigure[] {
  const text = block.text;
  const sentences = splitSentences(text);
  const starts = sentences.map((s) => s.start);
  const sentenceOf = (offset: number): number =>
    Math.max(
      0,
      sentences.findIndex((s) => offset < s.end),
    );
  const mentions = findNumberMentions(text).filter(
    (m) => m.excluded === null && !isHeldByFact(facts, lineAt(ctx, block, m.start), m.value),
  );
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, s) => {
    const inSentence = mentions.filter((m) => sentenceOf(m.start) === s);
    const units = resolveUnits(text, inSentence, sentence.start, sentence.end);
    inSentence.forEach((m, k) =>
      candidates.push({ start: m.start, end: m.end, value: m.value, unit: units[k]!, sentence: s }),
    );
  });
  const comparisons = findComparisons(text, starts, candidates);
  const comparators = new Set(comparisons.map((c) => c.comparator));
  // A sentence's own period, for the next one to refer to (`in the same period`).
  const periods: (string | null)[] = [];
  sentences.forEach((s, k) =>
    periods.push(readPeriod(s.text, s.text.length, periods[k - 1] ?? null)),
  );
  const measures = candidates.map((c, i) => {
    const sentence = sentences[c.sentence]!;
    const comparison = comparisons.find((x) => x.figure === i);
    const later = candidates.filter(
      (d, k) => k > i && d.sentence === c.sentence && k !== comparison?.comparator,
    );
    // `20 percent of 300 domestic abuse incidents`: the measure is what follows the base.
    const base =
      c.unit === 'PERCENT' &&
      later[0] &&
      /^\s+of\s+(?:the\s+|all\s+)?$/i.test(text.slice(c.end, later[0].start));
    const from = base ? later[0]!.end : measureFrom(text, candidates, comparison, c.end);
    const next = base ? later[1] : later[0];
    return readMeasure(
      text,
      c.start,
      from,
      sentence.start,
      next ? next.start : sentence.end,
      c.unit,
    );
  });
  shareCoordinatedMeasures(text, candidates, measures);
  const out: ParsedFigure[] = [];
  candidates.forEach((c, i) => {
    if (comparators.has(i)) return;
    const sentence = sentences[c.sentence]!;
    const comparison = comparisons.find((x) => x.figure === i);
    const mention = mentions.find((m) => m.start === c.start)!;
    const line = lineAt(ctx, block, c.start);
    out.push({
      value: c.value,
      valueText: text.slice(findQualifierStart(text, c.start), mention.end),
      unit: c.unit,
      measure: measures[i]!.text,
      period: readPeriod(sentence.text, c.start - sentence.start, periods[c.sentence - 1] ?? null),
      comparator: comparison
        ? toComparator(candidates[comparison.comparator]!, comparison.label)
        : null,
      themeId: findThemeSectionAt(ctx.tree, line)?.themeId ?? null,
      source: { lineStart: block.lineStart, lineEnd: block.lineEnd },
      provenance: makeProvenance(
        ctx.tree,
        line,
        lineAt(ctx, block, Math.max(c.start, c.end - 1)),
        quoteAround(sentence.text, c.start - sentence.start, c.end - sentence.start),
      ),
    });
  });
  return out;
}

/**
 * Numbers joined by `and`, `to` or a dash in one unit measure one thing (`just over 675 and
 * 5,606 kilos of Class A and Class B drugs`, `from 3.9 percent to 44.4 percent`): both take
 * the second one's measure when it was read after it, else the first one's.
 */
function shareCoordinatedMeasures(
  text: string,
  candidates: readonly Candidate[],
  measures: Measure[],
): void {
  for (let i = candidates.length - 2; i >= 0; i--) {
    const [a, b] = [candidates[i]!, candidates[i + 1]!];
    if (a.sentence !== b.sentence || a.unit !== b.unit) continue;
    if (!/^\s*(?:and|or|to|-|–)\s*$/.test(text.slice(a.end, b.start))) continue;
    if (measures[i + 1]!.forward) measures[i] = measures[i + 1]!;
    else measures[i + 1] = measures[i]!;
  }
}

/** Where a figure's measure phrase starts: after its total when printed right after it (`39 out of 43`). */
function measureFrom(
  text: string,
  candidates: readonly Candidate[],
  comparison: { readonly comparator: number } | undefined,
  end: number,
): number {
  const comparator = comparison && candidates[comparison.comparator];
  return comparator &&
    /^\s+(?:out\s+)?of\s+(?:\S+\s+){0,3}$/.test(text.slice(end, comparator.start))
    ? comparator.end
    : end;
}

function readTable(
  ctx: ExtractContext,
  facts: readonly ParsedForceFact[],
  rows: readonly Block[],
  caption: Block | undefined,
): ParsedFigure[] {
  if (rows.some((r) => isIndicatorRow(facts, r) || isGradeDistributionRow(ctx, r))) return [];
  const captionText = caption && caption.kind !== 'table' ? caption.text : '';
  const period = readPeriod(captionText, captionText.length, null);
  return readTableFigures(ctx.layout, rows, captionText).map((f) => ({
    value: f.value,
    valueText: f.cell,
    unit: f.unit,
    measure: f.measure,
    period,
    comparator: f.comparator,
    themeId: findThemeSectionAt(ctx.tree, f.row.lineStart)?.themeId ?? null,
    source: { lineStart: f.row.lineStart, lineEnd: f.row.lineEnd },
    provenance: makeProvenance(
      ctx.tree,
      f.row.lineStart,
      f.row.lineEnd,
      splitCells(ctx.layout.lines[f.row.lineStart - 1]!.text).join(' '),
    ),
  }));
}

/** A row of a table the indicator facts read: the whole table is theirs. */
function isIndicatorRow(facts: readonly ParsedForceFact[], row: Block): boolean {
  return facts.some(
    (f) =>
      f.category === 'INDICATOR' &&
      row.lineStart >= f.provenance.lineStart &&
      row.lineStart <= f.provenance.lineEnd,
  );
}

/** A row of the national grade distribution (`\tExcellent\tGood\tFair\tPoor`): judgements hold it. */
function isGradeDistributionRow(ctx: ExtractContext, row: Block): boolean {
  const cells = splitCells(ctx.layout.lines[row.lineStart - 1]!.text);
  return cells.filter((c) => c !== '' && matchGradeExact(ctx.scale, c)).length >= 2;
}

/** An overview fact read from this line with this value already holds the number. */
function isHeldByFact(facts: readonly ParsedForceFact[], line: number, value: number): boolean {
  return facts.some(
    (f) =>
      f.category === 'OVERVIEW' &&
      f.value === value &&
      line >= f.provenance.lineStart &&
      line <= f.provenance.lineEnd,
  );
}

/** Where a qualifier printed before the number starts (`over 1,100`, `approximately 6%`). */
function findQualifierStart(text: string, start: number): number {
  const q =
    /(?:\b(?:just\s+over|just\s+under|more\s+than|fewer\s+than|less\s+than|up\s+to|in\s+excess\s+of|over|under|around|about|approximately|approximate|some|almost|nearly|only|at\s+least)\s+)$/i.exec(
      text.slice(Math.max(0, start - 20), start),
    );
  return q ? start - q[0].length : start;
}

/** The source line holding character `offset` of a block's text (lines joined by one space). */
function lineAt(ctx: ExtractContext, block: Block, offset: number): number {
  let position = 0;
  for (const n of block.lines) {
    const length = ctx.layout.lines[n - 1]!.text.trim().length;
    if (offset < position + length + 1) return n;
    position += length + 1;
  }
  return block.lineEnd;
}
