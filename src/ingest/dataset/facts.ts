import { toEvidenceValues } from './evidence-values.js';
import type { PropertyValue } from '../../domain/dataset.js';
import type { FindingGraph, GraphNodeDraft, GraphRelationshipDraft } from './findings.js';
import type { ParsedForceFact, ParsedReport } from '../report.types.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * The graph items of a report's force facts and most-similar-forces group: ForceFact nodes
 * (id `<reportId>/<fact key>`, e.g. `…/fact/population`, `…/indicator/figure-2/sexual-offences`)
 * that the force HAS_FACT and the report STATES, and MOST_SIMILAR_TO from the inspected force
 * to each named force (whose Force node is added), with the sentence as evidence.
 */
export function buildForceFactGraph(
  report: ParsedReport,
  forceId: string,
  vocabulary: Vocabulary,
): FindingGraph {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  for (const fact of report.forceFacts) {
    const id = `${report.id}/${fact.key}`;
    nodes.push({ label: 'ForceFact', id, values: toFactValues(report.id, fact) });
    relationships.push(
      {
        type: 'HAS_FACT',
        fromLabel: 'Force',
        from: forceId,
        toLabel: 'ForceFact',
        to: id,
        values: {},
      },
      {
        type: 'STATES',
        fromLabel: 'Report',
        from: report.id,
        toLabel: 'ForceFact',
        to: id,
        values: {},
      },
    );
  }
  for (const similar of report.mostSimilarForces) {
    const force = vocabulary.forces.find((f) => f.id === similar.forceId);
    if (!force) throw new Error(`force '${similar.forceId}' is not in the vocabulary`);
    nodes.push({
      label: 'Force',
      id: force.id,
      values: { name: force.name, shortName: force.shortName, aliases: [...force.aliases] },
    });
    relationships.push({
      type: 'MOST_SIMILAR_TO',
      fromLabel: 'Force',
      from: forceId,
      toLabel: 'Force',
      to: force.id,
      values: toEvidenceValues(report.id, similar.provenance),
    });
  }
  return { nodes, relationships, themeIds: [] };
}

function toFactValues(
  reportId: string,
  fact: ParsedForceFact,
): Record<string, PropertyValue | undefined> {
  return {
    category: fact.category,
    name: fact.name,
    value: fact.value,
    valueText: fact.valueText,
    unit: fact.unit,
    period: fact.period,
    change: fact.change,
    comparator: fact.comparator,
    comparatorValue: fact.comparatorValue,
    ...toEvidenceValues(reportId, fact.provenance),
  };
}

/** Several reports' or extractors' graph items as one (nodes, relationships and themes in order). */
export function mergeGraphs(graphs: readonly FindingGraph[]): FindingGraph {
  return {
    nodes: graphs.flatMap((g) => g.nodes),
    relationships: graphs.flatMap((g) => g.relationships),
    themeIds: [...new Set(graphs.flatMap((g) => g.themeIds))].sort(),
  };
}
