import type { ExtractContext } from '../extract-context.js';
import {
  findSectionAt,
  findThemeSectionAt,
  makeProvenance,
  uniqueKey,
} from '../layout/provenance.js';
import { cleanPracticeText, splitPracticeFields, type PracticeField } from './practice-fields.js';
import type { Block } from '../layout/layout.js';
import type { ParsedPracticeItem, Section } from '../report.types.js';
import { isMarkerLine, listSections } from '../layout/sections.js';
import { normaliseKey, slugify } from '../text/text.js';
import { findTheme, listRootThemes } from '../vocabulary/lookup.js';

/**
 * Developing-practice examples: labelled blocks that follow a theme's areas for improvement
 * (2007) or fill an appendix (2008), each
 *
 *     INSPECTION AREA: Neighbourhood Policing
 *     TITLE: Community Payback in London
 *     PROBLEM: …   SOLUTION: …   OUTCOME(S): …
 *     FORCE CONTACT: Inspector …, Central SN Unit – 020 …
 *
 * A label may stand alone with its text in the paragraphs below, or share a line with its text
 * or with other labels (`INSPECTION AREA: …**TITLE:** Gold Groups**PROBLEM:**`); HTML
 * paragraph tags left by the conversion are not text. An item starts at `INSPECTION AREA` or
 * `TITLE` and ends at the next item, at a part, theme or recurring block heading, at a grade
 * marker, or after its force contact (a name line and phone or e-mail lines).
 *
 * Theme, first match wins: the inspection area names a theme; the item sits inside a theme
 * section; a `Developing practice` summary inside a theme section names the item's title (the
 * 2008 appendix items are summarised in the findings); the framework has a single root theme.
 */
export function extractDevelopingPractice(ctx: ExtractContext): ParsedPracticeItem[] {
  const drafts = collectDrafts(ctx);
  const keys = new Set<string>();
  const items: ParsedPracticeItem[] = [];
  for (const draft of drafts) {
    const title = joinField(draft, 'title');
    if (title === null) {
      ctx.warn(draft.blocks[0]!.lineStart, 'developing-practice item without a TITLE skipped');
      continue;
    }
    const key = uniqueKey(keys, slugify(title) || 'item');
    const inspectionArea = joinField(draft, 'area');
    const problem = joinField(draft, 'problem');
    const solution = joinField(draft, 'solution');
    const first = draft.blocks[0]!;
    const last = draft.blocks[draft.blocks.length - 1]!;
    items.push({
      key,
      title,
      inspectionArea,
      themeId: chooseTheme(ctx, title, inspectionArea, first.lineStart),
      description: describe(problem, solution) ?? title,
      problem,
      solution,
      outcome: joinField(draft, 'outcome'),
      contact: joinField(draft, 'contact'),
      provenance: makeProvenance(
        ctx.tree,
        first.lineStart,
        last.lineEnd,
        draft.blocks.map((b) => b.text).join(' '),
        // A title-like line inside an item (`Impact`) may have opened a minor section.
        (section) => section.kind !== 'minor',
      ),
    });
  }
  return items;
}

interface Draft {
  blocks: Block[];
  fields: Map<PracticeField, string[]>;
  current: PracticeField | undefined;
}

const fieldOrder: readonly PracticeField[] = [
  'area',
  'title',
  'problem',
  'solution',
  'outcome',
  'contact',
];

/** Groups the body's blocks into labelled items (see `extractDevelopingPractice`). */
function collectDrafts(ctx: ExtractContext): Draft[] {
  const bodyStart = findBodyStart(ctx.tree);
  const closing = new Set(
    listSections(ctx.tree)
      .filter((s) => s.kind === 'part' || s.kind === 'theme' || s.kind === 'block')
      .map((s) => s.lineStart),
  );
  const drafts: Draft[] = [];
  let draft: Draft | undefined;
  for (const block of ctx.layout.blocks) {
    if (block.lineStart < bodyStart || block.kind === 'footnote') continue;
    if (draft && endsItem(draft, block, closing)) draft = undefined;
    const segments = splitPracticeFields(block.text);
    const starts = segments.find((s) => s.field === 'area' || s.field === 'title')?.field;
    if (starts && (!draft || hasFieldFrom(draft, starts))) {
      draft = { blocks: [], fields: new Map(), current: undefined };
      drafts.push(draft);
    }
    if (!draft) continue;
    draft.blocks.push(block);
    for (const segment of segments) {
      if (segment.field !== undefined) draft.current = segment.field;
      if (draft.current === undefined || segment.text === '') continue;
      const list = draft.fields.get(draft.current) ?? [];
      list.push(segment.text);
      draft.fields.set(draft.current, list);
    }
  }
  return drafts;
}

/** The first line after the contents: the contents list `Developing practice` as an entry. */
function findBodyStart(tree: Section): number {
  const contents = tree.children.find((s) => s.kind === 'contents');
  return contents ? contents.lineEnd + 1 : 1;
}

/** True when the item already has `field` or a field that comes after it. */
function hasFieldFrom(draft: Draft, field: PracticeField): boolean {
  const from = fieldOrder.indexOf(field);
  return fieldOrder.slice(from).some((f) => draft.fields.has(f));
}

/** Whether `block` cannot belong to the open item (it is read again as a possible new item). */
function endsItem(draft: Draft, block: Block, closing: ReadonlySet<number>): boolean {
  if (closing.has(block.lineStart) || isMarkerLine(block.text)) return true;
  if (draft.current !== 'contact') return false;
  // After the contact label come a name line and phone or e-mail lines, nothing longer.
  const contact = draft.fields.get('contact');
  if (contact === undefined) return block.text.length > 160;
  return block.text.length > 80 || !/\d{3}|@/.test(block.text);
}

function joinField(draft: Draft, field: PracticeField): string | null {
  const parts = draft.fields.get(field);
  if (!parts) return null;
  const text = parts
    .map(cleanPracticeText)
    .filter((p) => p !== '')
    .join('\n');
  return text === '' ? null : text;
}

/** One paragraph: the problem's first, unless it only introduces a list; else the solution's. */
function describe(problem: string | null, solution: string | null): string | null {
  const firstOf = (text: string | null): string | null => text?.split('\n')[0] ?? null;
  const p = firstOf(problem);
  const s = firstOf(solution);
  if (p !== null && (!p.endsWith(':') || s === null)) return p;
  return s ?? p;
}

function chooseTheme(
  ctx: ExtractContext,
  title: string,
  inspectionArea: string | null,
  line: number,
): string | null {
  const named = inspectionArea && findTheme(ctx.vocabulary, ctx.frameworkFamily, inspectionArea);
  if (named) return named.id;
  const enclosing = findThemeSectionAt(ctx.tree, line);
  if (enclosing) return enclosing.themeId;
  const summarised = findSummaryTheme(ctx, title);
  if (summarised) return summarised;
  const roots = listRootThemes(ctx.vocabulary, ctx.frameworkFamily);
  return roots.length === 1 ? roots[0]!.id : null;
}

/**
 * The theme of a `Developing practice` summary, inside a theme section, whose text names the
 * title (a parenthesised acronym dropped: `Homicide Assessment Teams (HATs)`).
 */
function findSummaryTheme(ctx: ExtractContext, title: string): string | null {
  const key = normaliseKey(title.replace(/\([^)]*\)/g, ' '));
  if (key === '') return null;
  for (const block of ctx.layout.blocks) {
    if (!/developing-practice/.test(findSectionAt(ctx.tree, block.lineStart).key)) continue;
    const theme = findThemeSectionAt(ctx.tree, block.lineStart);
    if (theme && ` ${normaliseKey(block.text)} `.includes(` ${key} `)) return theme.themeId;
  }
  return null;
}
