import type { Layout } from '../layout/layout.js';
import { collectListBlocks } from './list-blocks.js';
import { groupListItems } from './list-items.js';
import { listThemeLists } from './lists.js';
import { isFindingKind } from '../../domain/finding-kinds.js';
import type { ParsedFinding, Section } from '../report.types.js';

/** What the findings and recommendations extractors read: the laid-out report and its tree. */
export interface FindingsInput {
  readonly layout: Layout;
  readonly tree: Section;
  /** Records something noticed and resolved, with its line. */
  readonly warn: (line: number, message: string) => void;
}

/**
 * Every finding of a report: one per item of each strengths / evidence / work-in-progress /
 * areas-for-improvement / cause-of-concern list that sits under a theme, in reading order.
 * The theme is the deepest theme section above the list (a 2008 `MC05 Summary > Strengths`
 * list is on its sub-theme, `Intelligence`); the ordinal counts items of the same theme and
 * kind across the report. Lists outside theme sections (introductions, a quoted earlier
 * inspection, the end list of recommendations) hold no current findings.
 */
export function extractFindings(input: FindingsInput): ParsedFinding[] {
  const counts = new Map<string, number>();
  const findings: ParsedFinding[] = [];
  for (const list of listThemeLists(input.tree)) {
    const kind = list.role;
    if (!isFindingKind(kind)) continue;
    const blocks = collectListBlocks(input.layout, list.section);
    const { items } = groupListItems(blocks);
    if (items.length === 0 && blocks.length === 0)
      input.warn(list.section.lineStart, `'${list.section.heading}' list holds no items`);
    for (const item of items) {
      const key = `${list.themeId} ${kind}`;
      const ordinal = (counts.get(key) ?? 0) + 1;
      counts.set(key, ordinal);
      findings.push({
        kind,
        themeId: list.themeId,
        ordinal,
        text: item.text,
        provenance: {
          section: list.section.path,
          lineStart: item.lineStart,
          lineEnd: item.lineEnd,
          quote: item.quote,
        },
      });
    }
  }
  return findings.sort((a, b) => a.provenance.lineStart - b.provenance.lineStart);
}
