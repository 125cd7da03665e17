import { toEvidenceValues } from './evidence-values.js';
import type { PropertyValue } from '../../domain/dataset.js';
import type { NodeLabel, RelationshipType } from '../../domain/model.js';
import type { FindingKind } from '../../domain/finding-kinds.js';
import type { ParsedFinding, ParsedRecommendation, ParsedReport } from '../report.types.js';
import { slugify } from '../text/text.js';

/**
 * The graph items of a report's findings and recommendations: Finding and Recommendation
 * nodes with HAS_FINDING, ON_THEME, ABOUT, RECOMMENDS, TO_FORCE and ADDRESSES (the latter with
 * its evidence). `buildDataset` adds them, with the themes they name.
 *
 * Ids (stable under re-wrapping and reordered sections):
 * - Finding: `<reportId>/finding/<slug of theme id>/<kind, lower case, hyphens>/<ordinal>`,
 *   e.g. `2007-10-metropolitan-police-inspection/finding/neighbourhood-policing/strength/3`;
 * - Recommendation: `<reportId>/recommendation/<number>` when numbered, else
 *   `<reportId>/recommendation/<slug of theme id>/<position among the theme's unnumbered ones>`.
 */

export interface GraphNodeDraft {
  readonly label: NodeLabel;
  readonly id: string;
  readonly values: Record<string, PropertyValue | undefined>;
}

export interface GraphRelationshipDraft {
  readonly type: RelationshipType;
  readonly fromLabel: NodeLabel;
  readonly from: string;
  readonly toLabel: NodeLabel;
  readonly to: string;
  readonly values: Record<string, PropertyValue | undefined>;
}

export interface FindingGraph {
  readonly nodes: readonly GraphNodeDraft[];
  readonly relationships: readonly GraphRelationshipDraft[];
  /** Themes the items are on: the dataset needs their Theme nodes (and ancestors). */
  readonly themeIds: readonly string[];
}

/** The id of a finding, from its report, theme, kind and ordinal. */
export function formatFindingId(
  reportId: string,
  finding: { readonly themeId: string; readonly kind: FindingKind; readonly ordinal: number },
): string {
  const kind = finding.kind.toLowerCase().replace(/_/g, '-');
  return `${reportId}/finding/${slugify(finding.themeId)}/${kind}/${finding.ordinal}`;
}

/** Builds the Finding and Recommendation part of a report's graph. */
export function buildFindingGraph(report: ParsedReport, forceId: string): FindingGraph {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  const themeIds = new Set<string>();
  const link = (
    type: RelationshipType,
    from: readonly [NodeLabel, string],
    to: readonly [NodeLabel, string],
    values: Record<string, PropertyValue | undefined> = {},
  ): void => {
    relationships.push({
      type,
      fromLabel: from[0],
      from: from[1],
      toLabel: to[0],
      to: to[1],
      values,
    });
  };
  for (const finding of report.findings) {
    const id = formatFindingId(report.id, finding);
    nodes.push({ label: 'Finding', id, values: toFindingValues(report.id, finding) });
    link('HAS_FINDING', ['Report', report.id], ['Finding', id]);
    link('ON_THEME', ['Finding', id], ['Theme', finding.themeId]);
    link('ABOUT', ['Finding', id], ['Force', forceId]);
    themeIds.add(finding.themeId);
  }
  const recommendationIds = formatRecommendationIds(report);
  report.recommendations.forEach((rec, index) => {
    const id = recommendationIds[index]!;
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
  });
  return { nodes, relationships, themeIds: [...themeIds].sort() };
}

function formatRecommendationIds(report: ParsedReport): string[] {
  const unnumbered = new Map<string, number>();
  return report.recommendations.map((rec) => {
    if (rec.number !== null) return `${report.id}/recommendation/${rec.number}`;
    const theme = rec.themeId === null ? 'unthemed' : slugify(rec.themeId);
    const position = (unnumbered.get(theme) ?? 0) + 1;
    unnumbered.set(theme, position);
    return `${report.id}/recommendation/${theme}/${position}`;
  });
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
