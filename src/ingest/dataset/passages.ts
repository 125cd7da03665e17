import type { NodeLabel } from '../../domain/model.js';
import { toEvidenceValues } from './evidence-values.js';
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
 * The passages and footnotes of a report as graph items: Passage nodes (HAS_PASSAGE from the
 * report, IN_SECTION, ON_THEME where a theme holds them) in reading order, Footnote nodes
 * (IN_SECTION), and CITES from the passage, finding or recommendation whose text carries a
 * footnote's mark. Ids: see `ids.ts`.
 */
export function buildPassageGraph(report: ParsedReport, items: IdentifiedItems): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  const themeIds = new Set<string>();
  const relate = (...args: Parameters<typeof relateNodes>): void => {
    relationships.push(relateNodes(...args));
  };
  items.passages.forEach(({ id, item }, index) => {
    nodes.push({
      label: 'Passage',
      id,
      values: {
        kind: item.kind,
        text: item.text,
        ordinal: index + 1,
        ...toEvidenceValues(report.id, item.provenance),
      },
    });
    relate('HAS_PASSAGE', ['Report', report.id], ['Passage', id]);
    const sectionId = items.findSectionId(item.provenance.lineStart);
    if (sectionId) relate('IN_SECTION', ['Passage', id], ['Section', sectionId]);
    if (item.themeId) {
      relate('ON_THEME', ['Passage', id], ['Theme', item.themeId]);
      themeIds.add(item.themeId);
    }
  });
  for (const { id, item } of items.footnotes) {
    nodes.push({
      label: 'Footnote',
      id,
      values: { mark: item.mark, text: item.text, ...toEvidenceValues(report.id, item.provenance) },
    });
    const sectionId = items.findSectionId(item.provenance.lineStart);
    if (sectionId) relate('IN_SECTION', ['Footnote', id], ['Section', sectionId]);
    const citing = item.citedAt && findCitingItem(items, item.citedAt);
    if (citing) relate('CITES', citing, ['Footnote', id]);
  }
  return { nodes, relationships, themeIds: [...themeIds].sort() };
}

/** The passage, finding or recommendation printed where a footnote's mark is. */
function findCitingItem(items: IdentifiedItems, at: LineSpan): [NodeLabel, string] | undefined {
  const passageId = items.findPassageId(at.lineStart);
  if (passageId) return ['Passage', passageId];
  const holds = (span: LineSpan): boolean =>
    at.lineStart >= span.lineStart && at.lineStart <= span.lineEnd;
  const finding = items.findings.find((f) => holds(f.item.provenance));
  if (finding) return ['Finding', finding.id];
  const recommendation = items.recommendations.find((r) => holds(r.item.provenance));
  return recommendation && ['Recommendation', recommendation.id];
}
