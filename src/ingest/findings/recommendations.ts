import { collectListBlocks } from './list-blocks.js';
import { collapseSpaces, groupListItems, type ListItem } from './list-items.js';
import { quoteStart } from '../text/quote.js';
import { listRecommendationParts, listThemeLists } from './lists.js';
import { isFindingKind, isWeaknessKind } from '../../domain/finding-kinds.js';
import type { FindingsInput } from './findings.js';
import { groupIntroducedRecommendations } from './recommendations-introduced.js';
import type { FindingRef, ParsedFinding, ParsedRecommendation, Section } from '../report.types.js';
import { listSections } from '../layout/sections.js';
import { normaliseKey } from '../text/text.js';

/**
 * Every recommendation of a report, once. Three layouts:
 *
 * - a `RECOMMENDATION 3` marker inside a theme's areas-for-improvement list (2007), followed
 *   by its text; it addresses the item it follows;
 * - a `Recommendations` box in a theme (PEEL): an introducing sentence and unnumbered bullets
 *   (see `groupIntroducedRecommendations`); they address the cause of concern (or area for
 *   improvement) before the box;
 * - a `Recommendations` part at the end, theme headings and `Recommendation 3` markers, which
 *   repeats the ones above: an end-list recommendation is kept only when no theme section
 *   printed it (same number or, unnumbered, nearly the same words), and then it addresses
 *   nothing.
 *
 * Ordinals follow reading order of the occurrences kept.
 */
export function extractRecommendations(
  input: FindingsInput,
  findings: readonly ParsedFinding[],
): ParsedRecommendation[] {
  const kept: Draft[] = [];
  for (const draft of readThemeRecommendations(input, findings)) {
    if (draft.number !== null && kept.some((k) => k.number === draft.number))
      input.warn(draft.lineStart, `recommendation ${describe(draft)} printed twice`);
    else kept.push(draft);
  }
  for (const draft of readEndListRecommendations(input)) {
    const earlier = kept.find((k) => isSameRecommendation(k, draft));
    if (!earlier) kept.push(draft);
    else if (earlier.themeId !== draft.themeId)
      input.warn(
        draft.lineStart,
        `recommendation ${describe(draft)} is listed under ${draft.themeId ?? 'no theme'} but printed under ${earlier.themeId ?? 'no theme'}`,
      );
  }
  return [...kept]
    .sort((a, b) => a.lineStart - b.lineStart)
    .map((draft, index) => ({
      number: draft.number,
      ordinal: index + 1,
      themeId: draft.themeId,
      text: draft.item.text,
      addresses: draft.addresses,
      provenance: {
        section: draft.section,
        lineStart: draft.lineStart,
        lineEnd: draft.item.lineEnd,
        quote: draft.item.quote,
      },
    }));
}

/** Share of distinct words two wordings of one recommendation have in common (Jaccard index). */
const minSharedWords = 0.8;

interface Draft {
  readonly number: number | null;
  readonly themeId: string | null;
  readonly item: ListItem;
  readonly section: string;
  /** First line: the marker or the item. */
  readonly lineStart: number;
  readonly addresses: FindingRef | null;
}

/**
 * Same printed number or, when either is unnumbered, nearly the same words: end lists reword
 * a little (`ACPO` spelled out, a comma dropped), so at least `minSharedWords` of the two
 * texts' distinct words must be shared.
 */
function isSameRecommendation(a: Draft, b: Draft): boolean {
  if (a.number !== null && b.number !== null) return a.number === b.number;
  const wordsA = new Set(normaliseKey(a.item.text).split(' '));
  const wordsB = new Set(normaliseKey(b.item.text).split(' '));
  const shared = [...wordsA].filter((w) => wordsB.has(w)).length;
  return shared / (wordsA.size + wordsB.size - shared) >= minSharedWords;
}

function describe(draft: Draft): string {
  return draft.number !== null ? String(draft.number) : `'${draft.item.quote.slice(0, 60)}'`;
}

function readThemeRecommendations(
  input: FindingsInput,
  findings: readonly ParsedFinding[],
): Draft[] {
  const drafts: Draft[] = [];
  for (const list of listThemeLists(input.tree)) {
    if (!isFindingKind(list.role) && list.role !== 'RECOMMENDATIONS') continue;
    const blocks = collectListBlocks(input.layout, list.section);
    const marked = groupListItems(blocks).recommendations;
    const address = (anchorLine: number, quote: string, lineEnd: number): FindingRef | null =>
      findAddressed(findings, list.themeId, list.themeSection, anchorLine, {
        section: list.section.path,
        lineEnd,
        quote,
      });
    for (const { marker, markerLine, item } of marked)
      drafts.push({
        number: marker.number,
        themeId: list.themeId,
        item,
        section: list.section.path,
        lineStart: markerLine,
        addresses: address(markerLine, marker.quote, item.lineEnd),
      });
    if (list.role !== 'RECOMMENDATIONS' || marked.length > 0) continue;
    for (const rec of groupIntroducedRecommendations(blocks))
      drafts.push({
        number: null,
        themeId: list.themeId,
        item: rec.item,
        section: list.section.path,
        lineStart: rec.item.lineStart,
        addresses: address(
          rec.anchorLine,
          quoteStart(collapseSpaces(rec.intro ?? rec.item.quote)),
          rec.item.lineEnd,
        ),
      });
  }
  return drafts;
}

/**
 * The area for improvement or cause of concern a recommendation follows: the nearest one
 * before `anchorLine` in the same theme section (not an earlier section on the same theme).
 */
function findAddressed(
  findings: readonly ParsedFinding[],
  themeId: string,
  themeSection: Section,
  anchorLine: number,
  evidence: { section: string; lineEnd: number; quote: string },
): FindingRef | null {
  let best: ParsedFinding | undefined;
  for (const f of findings) {
    if (f.themeId !== themeId) continue;
    if (!isWeaknessKind(f.kind)) continue;
    if (f.provenance.lineStart < themeSection.lineStart) continue;
    if (f.provenance.lineEnd >= anchorLine) continue;
    if (!best || f.provenance.lineStart > best.provenance.lineStart) best = f;
  }
  if (!best) return null;
  return {
    themeId: best.themeId,
    kind: best.kind,
    ordinal: best.ordinal,
    evidence: {
      section: evidence.section,
      lineStart: best.provenance.lineStart,
      lineEnd: evidence.lineEnd,
      quote: evidence.quote,
    },
  };
}

/**
 * Recommendations of the end list, each on the theme heading it is listed under: numbered
 * markers, or (when the part has none) unnumbered paragraphs and introduced bullets.
 */
function readEndListRecommendations(input: FindingsInput): Draft[] {
  const drafts: Draft[] = [];
  for (const part of listRecommendationParts(input.tree)) {
    const blocks = collectListBlocks(input.layout, part);
    const themes = listSections(part).filter((s) => s.kind === 'theme' && s.themeId);
    const themeAt = (line: number): Section | undefined =>
      themes.filter((s) => s.lineStart <= line && line <= s.lineEnd).pop();
    const add = (number: number | null, item: ListItem, lineStart: number): void => {
      const theme = themeAt(lineStart);
      drafts.push({
        number,
        themeId: theme?.themeId ?? null,
        item,
        section: (theme ?? part).path,
        lineStart,
        addresses: null,
      });
    };
    const marked = groupListItems(blocks).recommendations;
    for (const { marker, markerLine, item } of marked) add(marker.number, item, markerLine);
    if (marked.length === 0)
      for (const { item } of groupIntroducedRecommendations(blocks))
        add(null, item, item.lineStart);
  }
  return drafts;
}
