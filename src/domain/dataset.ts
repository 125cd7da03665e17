import { listIdentityProperties, type NodeLabel, type RelationshipType } from './model.js';

/** A value a graph property can hold: a scalar or a list of scalars (never a map). */
export type PropertyValue = string | number | boolean | null | string[] | number[];

export type Properties = Record<string, PropertyValue>;

/** One node of the dataset: its single label, stable id and declared properties. */
export interface DatasetNode {
  label: NodeLabel;
  id: string;
  properties: Properties;
}

/** One directed relationship between two nodes given by label and id. */
export interface DatasetRelationship {
  type: RelationshipType;
  fromLabel: NodeLabel;
  from: string;
  toLabel: NodeLabel;
  to: string;
  properties: Properties;
}

/**
 * What ingestion produces and the loader writes: plain JSON, deterministic for a given input,
 * so that the same reports always give byte-identical datasets.
 */
export interface GraphDataset {
  nodes: DatasetNode[];
  relationships: DatasetRelationship[];
}

/** Code-unit order, the same on every machine and locale (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dataset order of nodes: label, then id. */
export function compareNodes(a: DatasetNode, b: DatasetNode): number {
  return compareText(a.label, b.label) || compareText(a.id, b.id);
}

/**
 * What makes two relationships the same one: type and endpoints, and, for links that carry
 * evidence, the report that states them (with the properties the model lists as `identity`:
 * a partner's part in the force's arrangement and in the national one are two links). Two
 * reports stating one link (a partner in a MASH) give two relationships, each with its own
 * quote, so re-ingesting one report removes only its own evidence.
 */
export function relationshipIdentity(r: DatasetRelationship): string {
  const keys = listIdentityProperties(r.type).map((key) => String(r.properties[key] ?? ''));
  return [r.type, r.fromLabel, r.from, r.toLabel, r.to, ...(keys.length > 0 ? keys : [''])].join(
    '\u0000',
  );
}

/** Dataset order of relationships: by identity (type, endpoints, report). */
export function compareRelationships(a: DatasetRelationship, b: DatasetRelationship): number {
  return compareText(relationshipIdentity(a), relationshipIdentity(b));
}
