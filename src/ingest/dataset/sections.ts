import { findingKinds } from '../../domain/finding-kinds.js';
import type { NodeLabel } from '../../domain/model.js';
import {
  relateNodes,
  type GraphFragment,
  type GraphNodeDraft,
  type GraphRelationshipDraft,
} from './graph-fragment.js';
import type { IdentifiedItems } from './ids.js';
import type { ParsedReport } from '../report.types.js';
import type { LineSpan } from '../text/line-span.js';

/**
 * The section tree of a report as graph items: a Section node per heading (not the root, not
 * the cover) with HAS_SECTION from the report, SUBSECTION_OF to the section it sits in and
 * ON_THEME to the deepest theme at or above it; and IN_SECTION from each finding,
 * recommendation and developing-practice initiative to the innermost section printing it.
 * `printedNone` lists the finding kinds whose list in the section's subtree the report prints
 * as `None.`. Ids: see `ids.ts`.
 */
export function buildSectionGraph(report: ParsedReport, items: IdentifiedItems): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  const themeIds = new Set<string>();
  const idOf = new Map(items.sections.map((s) => [s.item.section, s.id]));
  const relate = (...args: Parameters<typeof relateNodes>): void => {
    relationships.push(relateNodes(...args));
  };
  items.sections.forEach(({ id, item }, index) => {
    const { section, parent, level, themeId } = item;
    nodes.push({
      label: 'Section',
      id,
      values: {
        reportId: report.id,
        heading: section.heading,
        path: section.path,
        level,
        kind: section.kind.toUpperCase(),
        code: section.code,
        printedNone: listPrintedNone(report, section),
        ordinal: index + 1,
        lineStart: section.lineStart,
        lineEnd: section.lineEnd,
      },
    });
    relate('HAS_SECTION', ['Report', report.id], ['Section', id]);
    const parentId = parent && idOf.get(parent);
    if (parentId) relate('SUBSECTION_OF', ['Section', id], ['Section', parentId]);
    if (themeId) {
      relate('ON_THEME', ['Section', id], ['Theme', themeId]);
      themeIds.add(themeId);
    }
  });
  const placeItem = (label: NodeLabel, id: string, line: number): void => {
    const sectionId = items.findSectionId(line);
    if (sectionId) relate('IN_SECTION', [label, id], ['Section', sectionId]);
  };
  for (const { id, item } of items.findings) placeItem('Finding', id, item.provenance.lineStart);
  for (const { id, item } of items.recommendations)
    placeItem('Recommendation', id, item.provenance.lineStart);
  for (const { id, item } of items.practice) placeItem('Initiative', id, item.provenance.lineStart);
  return { nodes, relationships, themeIds: [...themeIds].sort() };
}

/** Kinds of the `None.` lists inside the span, in the order of `findingKinds`. */
function listPrintedNone(report: ParsedReport, span: LineSpan): string[] {
  const kinds = new Set(
    report.emptyLists
      .filter(
        (e) => e.provenance.lineStart >= span.lineStart && e.provenance.lineStart <= span.lineEnd,
      )
      .map((e) => e.kind),
  );
  return findingKinds.filter((k) => kinds.has(k));
}
