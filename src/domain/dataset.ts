import type { NodeLabel, RelationshipType } from './model.js';

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
