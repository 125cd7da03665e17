import type { PropertyValue } from '../../domain/dataset.js';
import type { LineSpan } from '../text/line-span.js';
import type { ParsedFigure } from '../report.types.js';
import { toEvidenceValues } from './evidence-values.js';
import type { GraphFragment, GraphNodeDraft, GraphRelationshipDraft } from './graph-fragment.js';
import type { IdentifiedItems } from './ids.js';
import type { NodeLabel } from '../../domain/model.js';

/**
 * The graph items of a report's figures: a Figure node each (id from `ids.ts`), that the report
 * STATES, that is ABOUT the report's force and ON_THEME of the section it is printed in, and
 * STATED_IN the finding, recommendation or developing-practice item whose lines hold it, or else
 * the passage printed on its line (a figure in a table or caption may have neither).
 */
export function buildFigureGraph(
  reportId: string,
  items: IdentifiedItems,
  forceId: string,
): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  const themeIds = new Set<string>();
  const sources = listSourceItems(items);
  items.figures.forEach(({ id, item: figure }, i) => {
    nodes.push({ label: 'Figure', id, values: toFigureValues(reportId, figure, i + 1) });
    const link = (type: GraphRelationshipDraft['type'], toLabel: NodeLabel, to: string) =>
      relationships.push({ type, fromLabel: 'Figure', from: id, toLabel, to, values: {} });
    relationships.push({
      type: 'STATES',
      fromLabel: 'Report',
      from: reportId,
      toLabel: 'Figure',
      to: id,
      values: {},
    });
    link('ABOUT', 'Force', forceId);
    if (figure.themeId !== null) {
      link('ON_THEME', 'Theme', figure.themeId);
      themeIds.add(figure.themeId);
    }
    const source = sources.find((s) => holds(s.lines, figure.provenance));
    const passageId = source ? undefined : items.findPassageId(figure.provenance.lineStart);
    if (source) link('STATED_IN', source.label, source.id);
    else if (passageId) link('STATED_IN', 'Passage', passageId);
  });
  return { nodes, relationships, themeIds: [...themeIds].sort() };
}

interface SourceItem {
  readonly label: NodeLabel;
  readonly id: string;
  readonly lines: LineSpan;
}

/** The items a figure can be printed in, most specific first (a recommendation inside a list). */
function listSourceItems(items: IdentifiedItems): SourceItem[] {
  return [
    ...items.recommendations.map((r) => ({
      label: 'Recommendation' as const,
      id: r.id,
      lines: r.item.provenance,
    })),
    ...items.findings.map((f) => ({
      label: 'Finding' as const,
      id: f.id,
      lines: f.item.provenance,
    })),
    ...items.practice.map((p) => ({
      label: 'Initiative' as const,
      id: p.id,
      lines: p.item.provenance,
    })),
  ];
}

function holds(outer: LineSpan, inner: LineSpan): boolean {
  return outer.lineStart <= inner.lineStart && inner.lineEnd <= outer.lineEnd;
}

function toFigureValues(
  reportId: string,
  figure: ParsedFigure,
  ordinal: number,
): Record<string, PropertyValue | undefined> {
  const c = figure.comparator;
  return {
    value: figure.value,
    valueText: figure.valueText,
    unit: figure.unit,
    measure: figure.measure,
    period: figure.period,
    comparatorValue: c?.value ?? null,
    comparatorUpTo: c?.upTo ?? null,
    comparatorUnit: c?.unit ?? null,
    comparatorKind: c?.kind ?? null,
    comparatorLabel: c?.label ?? null,
    ordinal,
    ...toEvidenceValues(reportId, figure.provenance),
  };
}
