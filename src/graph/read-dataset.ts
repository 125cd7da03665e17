/**
 * Reads the whole graph out of a store as a GraphDataset, the shape ingestion produces, so
 * that any store can be exported and an export loads back into an equal graph. Generic over
 * the model: one paged export query per label and per (type, FROM, TO) pair.
 */
import {
  compareNodes,
  compareRelationships,
  type DatasetNode,
  type DatasetRelationship,
  type GraphDataset,
  type Properties,
  type PropertyValue,
} from '../domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from '../domain/model.js';
import type { GraphStore, NamedQuery, Row } from './store.js';

/** Finds an export query by label or by (type, FROM, TO); throws when the catalog lacks it. */
export interface ExportQueryLookup {
  node(label: NodeLabel): NamedQuery;
  relationship(type: RelationshipType, from: NodeLabel, to: NodeLabel): NamedQuery;
}

export interface ReadDatasetOptions {
  /** Rows per read: each page is one query, so a large graph streams in bounded pieces. */
  readonly pageSize?: number;
}

/** Rows per page unless told otherwise. */
export const defaultExportPageSize = 5000;

/** The store holds something the model cannot express (a node without a string id). */
export class UnreadableGraphError extends Error {
  override readonly name = 'UnreadableGraphError';
}

/**
 * Every declared property in model order, null where the store has none: what ingestion
 * produces. Keys the model does not declare (including the adapters' `_label`/`_type`) are
 * left out.
 */
function pickDeclared(spec: PropertySpec, entity: Row): Properties {
  const properties: Properties = {};
  for (const key of Object.keys(spec)) properties[key] = (entity[key] ?? null) as PropertyValue;
  return properties;
}

async function readPages(
  store: GraphStore,
  query: NamedQuery,
  pageSize: number,
  onRow: (row: Row) => void,
): Promise<void> {
  for (let skip = 0; ; skip += pageSize) {
    const rows = await store.read(query, { skip, limit: pageSize });
    rows.forEach(onRow);
    if (rows.length < pageSize) return;
  }
}

function readId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new UnreadableGraphError(
      `${what} has no string id (got ${JSON.stringify(value)}); every node needs one to be exported`,
    );
  }
  return value;
}

/**
 * Reads every node and relationship of the model's labels and types, page by page, and
 * returns them as a GraphDataset: nodes sorted by label then id, relationships by type then
 * endpoints, every declared property present (null where unset) in model order. Each page is
 * its own read, so a graph written to during the export may be read inconsistently: export a
 * graph at rest.
 */
export async function readDataset(
  store: GraphStore,
  queries: ExportQueryLookup,
  options: ReadDatasetOptions = {},
): Promise<GraphDataset> {
  const pageSize = options.pageSize ?? defaultExportPageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  }
  const nodes: DatasetNode[] = [];
  for (const label of Object.keys(nodeLabels) as NodeLabel[]) {
    await readPages(store, queries.node(label), pageSize, (row) => {
      const node = row['n'] as Row;
      nodes.push({
        label,
        id: readId(node['id'], `a ${label} node`),
        properties: pickDeclared(nodeLabels[label], node),
      });
    });
  }
  const relationships: DatasetRelationship[] = [];
  for (const type of Object.keys(relationshipTypes) as RelationshipType[]) {
    for (const [fromLabel, toLabel] of relationshipTypes[type].pairs) {
      const query = queries.relationship(type, fromLabel, toLabel);
      await readPages(store, query, pageSize, (row) => {
        relationships.push({
          type,
          fromLabel,
          from: readId(row['from'], `a ${fromLabel} node with a ${type} relationship`),
          toLabel,
          to: readId(row['to'], `a ${toLabel} node with a ${type} relationship`),
          properties: pickDeclared(relationshipTypes[type].properties, row['r'] as Row),
        });
      });
    }
  }
  return {
    nodes: nodes.sort(compareNodes),
    relationships: relationships.sort(compareRelationships),
  };
}
