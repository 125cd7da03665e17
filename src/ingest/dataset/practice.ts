import type { PropertyValue } from '../../domain/dataset.js';
import { developingPracticeKind } from '../../domain/entity-kinds.js';
import type { GraphFragment, GraphNodeDraft, GraphRelationshipDraft } from './graph-fragment.js';
import { toEvidenceValues } from './evidence-values.js';
import type { IdentifiedItems } from './ids.js';
import type { ParsedPracticeItem, ParsedReport } from '../report.types.js';

/**
 * The graph items of a report's developing-practice examples: one Initiative each (id
 * `<reportId>/practice/<slug of title>`, see `ids.ts`; `curated` false), presented by the report
 * (PRESENTS), on its theme (ON_THEME) and run by the inspected force (RUNS, with the item's
 * lines as evidence).
 */
export function buildPracticeGraph(
  report: ParsedReport,
  items: IdentifiedItems,
  forceId: string,
): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  const themeIds = new Set<string>();
  for (const { id, item } of items.practice) {
    nodes.push({ label: 'Initiative', id, values: toPracticeValues(report.id, item) });
    relationships.push(
      {
        type: 'PRESENTS',
        fromLabel: 'Report',
        from: report.id,
        toLabel: 'Initiative',
        to: id,
        values: {},
      },
      {
        type: 'RUNS',
        fromLabel: 'Force',
        from: forceId,
        toLabel: 'Initiative',
        to: id,
        values: toEvidenceValues(report.id, item.provenance),
      },
    );
    if (item.themeId !== null) {
      relationships.push({
        type: 'ON_THEME',
        fromLabel: 'Initiative',
        from: id,
        toLabel: 'Theme',
        to: item.themeId,
        values: {},
      });
      themeIds.add(item.themeId);
    }
  }
  return { nodes, relationships, themeIds: [...themeIds].sort() };
}

function toPracticeValues(
  reportId: string,
  item: ParsedPracticeItem,
): Record<string, PropertyValue | undefined> {
  return {
    name: item.title,
    // A title ending in its own acronym (`Homicide Assessment Teams (HATs)`) names it.
    acronym: /\(([\p{Lu}][\p{L}&]*\p{Lu}s?)\)$/u.exec(item.title)?.[1] ?? null,
    kind: developingPracticeKind,
    description: item.description,
    curated: false,
    inspectionArea: item.inspectionArea,
    problem: item.problem,
    solution: item.solution,
    outcome: item.outcome,
    contact: item.contact,
    ...toEvidenceValues(reportId, item.provenance),
  };
}
