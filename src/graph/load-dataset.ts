import type {
  DatasetNode,
  DatasetRelationship,
  GraphDataset,
  PropertyValue,
} from '../domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from '../domain/model.js';
import { chunk, groupBy } from './batches.js';
import { loadTypingRow, relationshipLoadTypingRow } from './typing-rows.js';
import type { GraphStore, NamedQuery, WriteTransaction } from './store.js';

/** Rows per UNWIND statement: large enough to keep round trips few, small enough for Neo4j's heap. */
export const defaultBatchSize = 500;

/** Finds a load query by catalog name; throws when the catalog lacks it. */
export type LoadQueryLookup = {
  node(label: NodeLabel): NamedQuery;
  relationship(type: RelationshipType, from: NodeLabel, to: NodeLabel): NamedQuery;
  deleteReportItems: readonly NamedQuery[];
};

/**
 * Disk space a load needs at its peak, as a multiple of the dataset's JSON size: the write's
 * log, then the checkpoint that folds it into the database file (a shadow copy of the pages
 * it changes and a copy of the log beside the growing file). The West Midlands report with
 * its passages (1.3 MB of JSON) left 14.4 MB of files in the middle of its checkpoint, a
 * factor of 11; 16 leaves a margin. The store adds its current file size on top.
 */
export const diskBytesPerDatasetByte = 16;

/** About how many bytes writing `dataset` needs on disk at its peak. */
export function estimateLoadBytes(dataset: GraphDataset): number {
  return diskBytesPerDatasetByte * Buffer.byteLength(JSON.stringify(dataset));
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  statements: number;
}

/**
 * Every row of one UNWIND carries the same keys in the same order, with null for a missing
 * value: the embedded engine types a list-of-maps parameter from its rows and rejects rows
 * whose keys differ.
 */
function toRow(
  keys: readonly string[],
  base: Record<string, PropertyValue>,
  properties: Record<string, PropertyValue>,
) {
  const row: Record<string, PropertyValue> = { ...base };
  for (const key of keys) row[key] = properties[key] ?? null;
  return row;
}

type Row = Record<string, PropertyValue>;

/**
 * Splits rows into UNWIND batches that the embedded engine can type, each led by a typing row
 * (null id, one value of the declared type per property; the load query skips it):
 * - a key that is null in every row would otherwise be typed STRING and rejected by an
 *   integer, float or list column;
 * - a JS number is INT64 when integral and DOUBLE otherwise, and one key may not mix both in
 *   one list, so rows are grouped by which of their DOUBLE properties hold integral values,
 *   and the typing row of each group carries 0 or 0.5 to match.
 * Neo4j needs none of this; the typing row is skipped there too.
 */
function toTypedBatches(
  rows: readonly Row[],
  typingRow: Row,
  spec: PropertySpec,
  batchSize: number,
): Row[][] {
  const doubleKeys = Object.keys(spec).filter((key) => spec[key] === 'DOUBLE');
  const integral = (value: PropertyValue) => typeof value === 'number' && Number.isInteger(value);
  const groups = groupBy(rows, (row) =>
    doubleKeys.map((key) => (integral(row[key]!) ? 'i' : 'f')).join(''),
  );
  const batches: Row[][] = [];
  for (const [signature, group] of groups) {
    const typing = { ...typingRow };
    doubleKeys.forEach((key, i) => (typing[key] = signature[i] === 'i' ? 0 : 0.5));
    for (const batch of chunk(group, batchSize)) batches.push([typing, ...batch]);
  }
  return batches;
}

/**
 * Writes a dataset in one transaction: first removes the items of the reports it contains
 * (so that a re-ingested report replaces its old items), then merges nodes label by label and
 * relationships per (type, from label, to label) in batched UNWIND statements. Loading the
 * same dataset twice leaves the same graph; if any statement fails, nothing is written. The
 * store may refuse the load before it starts when its disk lacks the space it needs.
 */
export async function loadDataset(
  store: GraphStore,
  dataset: GraphDataset,
  queries: LoadQueryLookup,
  batchSize = defaultBatchSize,
): Promise<LoadSummary> {
  const reportIds = dataset.nodes.filter((n) => n.label === 'Report').map((n) => n.id);
  const expectedBytes = estimateLoadBytes(dataset);
  return store.writeTransaction(
    async (tx) => {
      let statements = 0;
      if (reportIds.length > 0) {
        for (const query of queries.deleteReportItems) {
          await tx.run(query, { reportIds });
          statements += 1;
        }
      }
      statements += await writeNodes(tx, dataset.nodes, queries, batchSize);
      statements += await writeRelationships(tx, dataset.relationships, queries, batchSize);
      return {
        nodes: dataset.nodes.length,
        relationships: dataset.relationships.length,
        statements,
      };
    },
    { expectedBytes },
  );
}

async function writeNodes(
  tx: WriteTransaction,
  nodes: readonly DatasetNode[],
  queries: LoadQueryLookup,
  batchSize: number,
): Promise<number> {
  let statements = 0;
  for (const [label, group] of groupBy(nodes, (n) => n.label)) {
    const nodeLabel = label as NodeLabel;
    const keys = Object.keys(nodeLabels[nodeLabel]);
    const rows = group.map((n) => toRow(keys, { id: n.id }, n.properties));
    for (const batch of toTypedBatches(
      rows,
      loadTypingRow(nodeLabel),
      nodeLabels[nodeLabel],
      batchSize,
    )) {
      await tx.run(queries.node(nodeLabel), { rows: batch });
      statements += 1;
    }
  }
  return statements;
}

async function writeRelationships(
  tx: WriteTransaction,
  relationships: readonly DatasetRelationship[],
  queries: LoadQueryLookup,
  batchSize: number,
): Promise<number> {
  let statements = 0;
  const groups = groupBy(relationships, (r) => `${r.type} ${r.fromLabel} ${r.toLabel}`);
  for (const group of groups.values()) {
    const { type, fromLabel, toLabel } = group[0]!;
    const keys = Object.keys(relationshipTypes[type].properties);
    const rows = group.map((r) => toRow(keys, { from: r.from, to: r.to }, r.properties));
    const spec = relationshipTypes[type].properties;
    for (const batch of toTypedBatches(rows, relationshipLoadTypingRow(type), spec, batchSize)) {
      await tx.run(queries.relationship(type, fromLabel, toLabel), { rows: batch });
      statements += 1;
    }
  }
  return statements;
}
