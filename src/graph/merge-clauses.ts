/**
 * The MERGE clauses that upsert one node or relationship from an `UNWIND ... AS row` row,
 * derived from the graph model: the generated load queries (`npm run gen:cypher`) and the
 * `cypher` export script both build on them, so the two cannot write different shapes.
 */
import {
  listIdentityProperties,
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from '../domain/model.js';

function setClause(variable: string, spec: PropertySpec): string[] {
  const keys = Object.keys(spec);
  if (keys.length === 0) return [];
  return [`SET ${keys.map((key) => `${variable}.${key} = row.${key}`).join(', ')}`];
}

/**
 * The clauses after `UNWIND ... AS row` that upsert one node of `label` from `row` (`id` and
 * the declared properties): shared by the load queries and the `cypher` export script.
 */
export function mergeNodeClauses(label: NodeLabel): string[] {
  return [`MERGE (n:${label} {id: row.id})`, ...setClause('n', nodeLabels[label])];
}

/**
 * The clauses after `UNWIND ... AS row` that upsert one relationship from `row` (`from`,
 * `to` and the declared properties) between existing nodes: shared by the load queries and
 * the `cypher` export script.
 */
export function mergeRelationshipClauses(
  type: RelationshipType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
): string[] {
  const spec: PropertySpec = relationshipTypes[type].properties;
  const hasProperties = Object.keys(spec).length > 0;
  // A link that carries evidence is one per report, and per its model `identity` (see
  // relationshipIdentity in the domain).
  const identity = listIdentityProperties(type);
  const rest = Object.fromEntries(Object.entries(spec).filter(([k]) => !identity.includes(k)));
  const key = identity.length > 0 ? ` {${identity.map((k) => `${k}: row.${k}`).join(', ')}}` : '';
  return [
    `MATCH (a:${fromLabel} {id: row.from})`,
    `MATCH (b:${toLabel} {id: row.to})`,
    `MERGE (a)-[${hasProperties ? 'r' : ''}:${type}${key}]->(b)`,
    ...setClause('r', rest),
  ];
}
