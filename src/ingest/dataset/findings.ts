import { toEvidenceValues } from './evidence-values.js';
import type { PropertyValue } from '../../domain/dataset.js';
import {
  relateNodes,
  type GraphFragment,
  type GraphNodeDraft,
  type GraphRelationshipDraft,
} from './graph-fragment.js';
import { formatFindingId, type IdentifiedItems } from './ids.js';
import type { ParsedFinding, ParsedRecommendation, ParsedReport } from '../report.types.js';

/**
 * The graph items of a report's findings and recommendations: Finding and Recommendation
 * nodes with HAS_FINDING, ON_THEME, ABOUT, RECOMMENDS, TO_FORCE and ADDRESSES (the latter with
 * its evidence). `buildDataset` adds them, with the themes they name. Ids: see `ids.ts`.
 */

/** Builds the Finding and Recommendation part of a report's graph. */
export function buildFindingGraph(
  report: ParsedReport,
  items: IdentifiedItems,
  forceId: string,
): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  const themeIds = new Set<string>();
  const link = (...args: Parameters<typeof relateNodes>): void => {
    relationships.push(relateNodes(...args));
  };
  for (const { id, item: finding } of items.findings) {
    nodes.push({ label: 'Finding', id, values: toFindingValues(report.id, finding) });
    link('HAS_FINDING', ['Report', report.id], ['Finding', id]);
    link('ON_THEME', ['Finding', id], ['Theme', finding.themeId]);
    link('ABOUT', ['Finding', id], ['Force', forceId]);
    themeIds.add(finding.themeId);
  }
  for (const { id, item: rec } of items.recommendations) {
    nodes.push({ label: 'Recommendation', id, values: toRecommendationValues(report.id, rec) });
    link('RECOMMENDS', ['Report', report.id], ['Recommendation', id]);
    link('TO_FORCE', ['Recommendation', id], ['Force', forceId]);
    if (rec.themeId !== null) {
      link('ON_THEME', ['Recommendation', id], ['Theme', rec.themeId]);
      themeIds.add(rec.themeId);
    }
    if (rec.addresses)
      link(
        'ADDRESSES',
        ['Recommendation', id],
        ['Finding', formatFindingId(report.id, rec.addresses)],
        toEvidenceValues(report.id, rec.addresses.evidence),
      );
  }
  return { nodes, relationships, themeIds: [...themeIds].sort() };
}

function toFindingValues(
  reportId: string,
  f: ParsedFinding,
): Record<string, PropertyValue | undefined> {
  return {
    kind: f.kind,
    text: f.text,
    ordinal: f.ordinal,
    ...toEvidenceValues(reportId, f.provenance),
  };
}

function toRecommendationValues(
  reportId: string,
  r: ParsedRecommendation,
): Record<string, PropertyValue | undefined> {
  return {
    number: r.number,
    ordinal: r.ordinal,
    text: r.text,
    ...toEvidenceValues(reportId, r.provenance),
  };
}
