import { collectListBlocks } from './list-blocks.js';
import { groupListItems } from './list-items.js';
import { listRecommendationParts, listThemeLists } from './lists.js';
import type { FindingsInput } from './findings.js';
import { isFindingKind } from '../../domain/finding-kinds.js';
import { quoteStart } from '../text/quote.js';
import type { ParsedEmptyList } from '../report.types.js';

/**
 * What the lists of a report take from its text: the blocks that became findings,
 * recommendations, their markers and `None.` lines, so that the passages stage does not
 * repeat a list item as a paragraph. Read with the very functions the findings and
 * recommendations extractors use, so the two can never disagree.
 *
 * It also records each list printed as `None.` (2008: `Area(s) for improvement` / `- None.`):
 * an empty list by the report's word, which differs from a list the parser found no items in.
 */
export interface ListCoverage {
  /** First lines of the blocks the lists took. */
  readonly blockLines: ReadonlySet<number>;
  readonly emptyLists: readonly ParsedEmptyList[];
}

export function readListCoverage(input: FindingsInput): ListCoverage {
  const blockLines = new Set<number>();
  const emptyLists: ParsedEmptyList[] = [];
  const lists = [
    ...listThemeLists(input.tree).filter(
      (l) => isFindingKind(l.role) || l.role === 'RECOMMENDATIONS',
    ),
    ...listRecommendationParts(input.tree).map((section) => ({ section, role: undefined })),
  ];
  for (const list of lists) {
    const blocks = collectListBlocks(input.layout, list.section);
    const { skipped, printedNone } = groupListItems(blocks);
    const left = new Set(skipped);
    for (const b of blocks) if (!left.has(b)) blockLines.add(b.block.lineStart);
    if (printedNone && 'themeId' in list && isFindingKind(list.role))
      emptyLists.push({
        kind: list.role,
        themeId: list.themeId,
        provenance: {
          section: list.section.path,
          lineStart: printedNone.block.lineStart,
          lineEnd: printedNone.block.lineEnd,
          quote: quoteStart(printedNone.block.text),
        },
      });
  }
  return { blockLines, emptyLists };
}
