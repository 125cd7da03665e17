import type { Contents } from './contents.js';
import type { Block, Layout } from './layout.js';
import { isGradeLabel } from '../vocabulary/grade-lookup.js';
import type { OutlineRules } from './outline.types.js';
import type { Section, SectionKind } from '../report.types.js';
import { slugify, stripFootnoteMarks } from '../text/text.js';
import type { LineSpan } from '../text/line-span.js';

/**
 * The section tree: standalone heading lines, ranked by the family's outline, nest into
 * sections with line spans. Ranks are relative, never absolute levels, so a reordered or
 * partial report still nests correctly: a heading closes every open section of equal or
 * greater rank and opens under the one that remains.
 */

/** The theme a heading names, with its depth in the theme hierarchy (0 = root). */
export interface ThemeHeadingMatch {
  readonly id: string;
  readonly depth: number;
}

export interface SectionTreeInput {
  readonly layout: Layout;
  readonly contents: Contents | undefined;
  readonly outline: OutlineRules;
  readonly matchTheme: (heading: string) => ThemeHeadingMatch | undefined;
}

interface DraftSection {
  heading: string;
  key: string;
  kind: SectionKind;
  rank: number;
  themeId: string | null;
  lineStart: number;
  headingEnd: number;
  lineEnd: number;
  path: string;
  code: string | null;
  children: DraftSection[];
}

interface HeadingClass {
  kind: SectionKind;
  rank: number;
  themeId: string | null;
}

/** Lines that look like headings but mark items: `GRADE`, `Recommendation 3`, bare grade labels. */
export function isMarkerLine(text: string): boolean {
  const t = text.trim();
  return /^grade\b/i.test(t) || /^recommendation\s+\d+$/i.test(t) || isGradeLabel(t);
}

/** Builds the section tree of a laid-out report. */
export function buildSectionTree(input: SectionTreeInput): Section {
  const { layout } = input;
  const lineCount = layout.lines.length;
  const root = createDraft('', 'root', 0, null, 1, undefined);
  root.lineEnd = lineCount;
  const bodyStart = addPreamble(input, root);
  const stack: DraftSection[] = [root];
  for (const block of layout.blocks) {
    if (block.lineStart < bodyStart || !isHeadingCandidate(block)) continue;
    const heading = stripFootnoteMarks(block.text).trim();
    const found = classifyHeading(input, heading, block, stack);
    if (!found) continue;
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= found.rank)
      closeSection(layout, stack.pop()!, block.lineStart - 1);
    const parent = stack[stack.length - 1]!;
    const section = createDraft(
      heading,
      found.kind,
      found.rank,
      found.themeId,
      block.lineStart,
      parent,
    );
    section.headingEnd = block.lineEnd;
    section.code = readStandardCode(input.outline, heading);
    parent.children.push(section);
    stack.push(section);
  }
  while (stack.length > 1) closeSection(layout, stack.pop()!, lineCount);
  return root;
}

/** Adds front-matter and contents sections; returns the first line of the body. */
function addPreamble(input: SectionTreeInput, root: DraftSection): number {
  const { layout, contents, outline } = input;
  const firstPart = layout.blocks.find(
    (b) =>
      b.lineStart > (contents?.lineEnd ?? 0) &&
      isHeadingCandidate(b) &&
      outline.parts.some((p) => p.test(slugify(stripFootnoteMarks(b.text)))),
  );
  const coverEnd = contents ? contents.headingLine - 1 : (firstPart?.lineStart ?? 1) - 1;
  if (coverEnd >= 1) {
    const cover = createDraft('Front matter', 'front-matter', 1, null, 1, root);
    closeSection(layout, cover, coverEnd);
    root.children.push(cover);
  }
  if (!contents) return coverEnd + 1;
  const heading = layout.lines[contents.headingLine - 1]!.text.trim();
  const section = createDraft(heading, 'contents', 1, null, contents.headingLine, root);
  closeSection(layout, section, contents.lineEnd);
  root.children.push(section);
  return contents.lineEnd + 1;
}

function isHeadingCandidate(block: Block): boolean {
  return block.standalone && (block.kind === 'text' || block.kind === 'field');
}

function classifyHeading(
  input: SectionTreeInput,
  heading: string,
  block: Block,
  stack: readonly DraftSection[],
): HeadingClass | undefined {
  const { outline, contents } = input;
  const key = slugify(heading);
  if (key === '' || isMarkerLine(heading)) return undefined;
  const openParts = stack.filter((s) => s.kind === 'part');
  // A part opens once: a repeat of its heading (an annex's `Force in numbers`) is a sub-heading.
  const repeated = stack[0]!.children.some((s) => s.kind === 'part' && s.key === key);
  if (!repeated && outline.parts.some((p) => p.test(key)))
    return { kind: 'part', rank: 1, themeId: null };
  if (openParts.some((s) => outline.leafParts.some((p) => p.test(s.key)))) return undefined;
  const theme = input.matchTheme(heading);
  const excluded = openParts.some((s) => outline.themeExcludedParts.some((p) => p.test(s.key)));
  if (theme && !excluded) {
    const contained = openParts.some((s) => outline.themeContainers.some((p) => p.test(s.key)));
    const rank = (contained ? 2 : 1) + (outline.nestSubthemes ? theme.depth : 0);
    return { kind: 'theme', rank, themeId: theme.id };
  }
  const innermostTheme = findLast(stack, (s) => s.kind === 'theme');
  const recurring = outline.blocks.find((b) => b.pattern.test(key));
  if (recurring && innermostTheme)
    return { kind: 'block', rank: innermostTheme.rank + recurring.level, themeId: null };
  if (contents?.entryKeys.has(key)) {
    const anchor = findLast(stack, (s) => s.kind === 'part' || s.kind === 'theme') ?? stack[0]!;
    return { kind: 'listed', rank: anchor.rank + 1, themeId: null };
  }
  if (!block.headingShaped) return undefined;
  const anchor = findLast(stack, (s) => s.kind !== 'minor') ?? stack[0]!;
  return { kind: 'minor', rank: anchor.rank + 1, themeId: null };
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

function createDraft(
  heading: string,
  kind: SectionKind,
  rank: number,
  themeId: string | null,
  lineStart: number,
  parent: DraftSection | undefined,
): DraftSection {
  const path = parent && parent.path !== '' ? `${parent.path} > ${heading}` : heading;
  return {
    heading,
    key: slugify(heading),
    kind,
    rank,
    themeId,
    lineStart,
    headingEnd: lineStart,
    lineEnd: lineStart,
    path,
    code: null,
    children: [],
  };
}

/** `MC07 Summary` → `MC07` when the family's headings carry codes. */
function readStandardCode(outline: OutlineRules, heading: string): string | null {
  const m = outline.standardCode?.exec(heading);
  return m ? `${m[1]!.toUpperCase()}${m[2]!.padStart(2, '0')}` : null;
}

/** Ends a section at its last text line at or before `limit`. */
function closeSection(layout: Layout, section: DraftSection, limit: number): void {
  let end = Math.max(section.lineStart, Math.min(limit, layout.lines.length));
  while (end > section.lineStart && layout.lines[end - 1]!.kind !== 'text') end--;
  section.lineEnd = Math.max(end, section.headingEnd);
}

/** Every section of the tree in document order (the root first). */
export function listSections(root: Section): Section[] {
  return [root, ...root.children.flatMap((child) => listSections(child))];
}

/** The first direct child whose key matches. */
export function findChildSection(section: Section, pattern: RegExp): Section | undefined {
  return section.children.find((child) => pattern.test(child.key));
}

/** The section's own body: after its heading, up to its first child's heading (exclusive). */
export function getOwnSpan(section: Section): LineSpan {
  const firstChild = section.children[0];
  return {
    lineStart: section.headingEnd + 1,
    lineEnd: firstChild ? firstChild.lineStart - 1 : section.lineEnd,
  };
}
