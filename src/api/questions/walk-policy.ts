import { relationshipTypes, type NodeLabel } from '../../domain/model.js';
import type { Row } from '../../graph/store.js';
import type { WalkEdge, WalkPolicy } from './graph-walk.js';
import { maxWalkFanOut } from './question-bounds.js';

/**
 * Labels a walk reaches but never passes through: themes and topics classify hundreds of
 * items each, and a glossary term is defined by every report that uses the acronym, so a path
 * through one only says "both are about training" or "both reports spell out ACPO", not that
 * the two are connected.
 */
export const taxonomyLabels: ReadonlySet<NodeLabel> = new Set<NodeLabel>([
  'Theme',
  'Topic',
  'Term',
]);

/**
 * The labels the far end of an edge can have, read from the graph model's (FROM, TO) pairs
 * for its type and direction; so the walk knows what it reaches without reading the node.
 */
export function listNeighbourLabels(type: string, direction: WalkEdge['direction']): NodeLabel[] {
  const spec = (
    relationshipTypes as Record<string, { pairs: readonly (readonly [NodeLabel, NodeLabel])[] }>
  )[type];
  if (!spec) return [];
  return [...new Set(spec.pairs.map(([from, to]) => (direction === 'OUT' ? to : from)))];
}

/** True unless every label the edge can lead to is a taxonomy label. */
export function leadsPastTaxonomy(edge: WalkEdge): boolean {
  const labels = listNeighbourLabels(edge.type, edge.direction);
  return labels.length === 0 || labels.some((label) => !taxonomyLabels.has(label));
}

/** The policy every walk of the API uses (docs/api.md says why). */
export const apiWalkPolicy: WalkPolicy = {
  maxFanOut: maxWalkFanOut,
  canPassThrough: leadsPastTaxonomy,
};

/**
 * A row of `neighbours-by-ids.cypher` as a walk edge: the relationship's type comes from the
 * adapters' `_type`, and its evidence properties travel along.
 */
export function toWalkEdge(row: Row): WalkEdge {
  const { _type: type, ...properties } = row.rel as Record<string, unknown>;
  return {
    nodeId: row.id as string,
    neighbourId: row.neighbourId as string,
    type: String(type),
    direction: row.direction === 'IN' ? 'IN' : 'OUT',
    properties,
  };
}
