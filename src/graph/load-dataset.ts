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
import type { GraphStore, NamedQuery } from './store.js';

/** Rows per UNWIND statement: large enough to keep round trips few, small enough for Neo4j's heap. */
export const defaultBatchSize = 500;

/**
 * Rows per transaction. A load up to this size (the seed graph, five reports with their
 * passages, is about 16,000 rows) commits atomically; a larger one (a 500-report corpus is about
 * 1.6 million rows) commits every this many rows, so Neo4j never holds one huge transaction.
 */
export const defaultTransactionRows = 50_000;

/** Reports whose old items one delete statement removes. */
const reportsPerDelete = 20;

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

/**
 * About how many bytes writing `dataset` needs on disk at its peak. The JSON is measured row by
 * row: a corpus of hundreds of reports serialises to more than a JavaScript string may hold
 * (`Invalid string length` at 500 reports), and the estimate needs only the total.
 */
export function estimateLoadBytes(dataset: GraphDataset): number {
  let jsonBytes = 0;
  // Each row, plus the comma or bracket that separates it in the dataset's JSON.
  for (const node of dataset.nodes) jsonBytes += Buffer.byteLength(JSON.stringify(node)) + 1;
  for (const relationship of dataset.relationships)
    jsonBytes += Buffer.byteLength(JSON.stringify(relationship)) + 1;
  return diskBytesPerDatasetByte * jsonBytes;
}

export interface LoadOptions {
  /** Rows per UNWIND statement; default {@link defaultBatchSize}. */
  readonly batchSize?: number;
  /** Rows per transaction; default {@link defaultTransactionRows}. */
  readonly transactionRows?: number;
  /**
   * Called before the first statement and after each with the rows written so far and the
   * rows of the whole load (a delete statement weighs a full batch), for a progress display.
   */
  readonly onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  statements: number;
  /** Transactions committed: 1 when the load fit in one. */
  transactions: number;
}

/** One statement of a load, and how many rows it weighs when transactions are cut. */
interface PlannedStatement {
  readonly query: NamedQuery;
  readonly params: Record<string, unknown>;
  readonly rows: number;
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
 * Writes a dataset: first removes the items of the reports it contains (so that a re-ingested
 * report replaces its old items), then merges nodes label by label and relationships per
 * (type, from label, to label) in batched UNWIND statements. Loading the same dataset twice
 * leaves the same graph.
 *
 * A dataset of up to `transactionRows` rows is written in one transaction: if any statement
 * fails, nothing is written. A larger one commits every `transactionRows` rows (delete
 * statements weigh a full batch); if it fails part-way, what was committed stays, and loading
 * the same dataset again completes it, since every statement is idempotent and the deletes run
 * first again.
 *
 * The store may refuse the load before it starts when its disk lacks the space it needs: the
 * first transaction is checked against the whole load, each later one against its share.
 */
export async function loadDataset(
  store: GraphStore,
  dataset: GraphDataset,
  queries: LoadQueryLookup,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const transactionRows = options.transactionRows ?? defaultTransactionRows;
  if (!Number.isInteger(transactionRows) || transactionRows < 1) {
    throw new RangeError(`transactionRows must be a positive integer, got ${transactionRows}`);
  }
  const reportIds = dataset.nodes.filter((n) => n.label === 'Report').map((n) => n.id);
  const statements: PlannedStatement[] = [
    ...planDeletes(reportIds, queries, batchSize),
    ...planNodes(dataset.nodes, queries, batchSize),
    ...planRelationships(dataset.relationships, queries, batchSize),
  ];
  const transactions = cutTransactions(statements, transactionRows);
  const loadBytes = estimateLoadBytes(dataset);
  const loadRows = statements.reduce((sum, statement) => sum + statement.rows, 0);
  let rowsDone = 0;
  options.onProgress?.(0, loadRows);
  for (const [index, transaction] of transactions.entries()) {
    const rows = transaction.reduce((sum, statement) => sum + statement.rows, 0);
    const expectedBytes = index === 0 ? loadBytes : Math.ceil((loadBytes * rows) / loadRows);
    const rowsBefore = rowsDone;
    await store.writeTransaction(
      async (tx) => {
        // A retried transaction counts its rows again from where it started.
        rowsDone = rowsBefore;
        for (const statement of transaction) {
          await tx.run(statement.query, statement.params);
          rowsDone += statement.rows;
          options.onProgress?.(rowsDone, loadRows);
        }
      },
      { expectedBytes },
    );
  }
  return {
    nodes: dataset.nodes.length,
    relationships: dataset.relationships.length,
    statements: statements.length,
    transactions: transactions.length,
  };
}

/** Consecutive statements grouped so that no group exceeds `limit` rows (a larger statement stands alone). */
function cutTransactions(
  statements: readonly PlannedStatement[],
  limit: number,
): PlannedStatement[][] {
  const transactions: PlannedStatement[][] = [];
  let current: PlannedStatement[] = [];
  let rows = 0;
  for (const statement of statements) {
    if (current.length > 0 && rows + statement.rows > limit) {
      transactions.push(current);
      current = [];
      rows = 0;
    }
    current.push(statement);
    rows += statement.rows;
  }
  if (current.length > 0) transactions.push(current);
  return transactions;
}

function planDeletes(
  reportIds: readonly string[],
  queries: LoadQueryLookup,
  batchSize: number,
): PlannedStatement[] {
  return chunk(reportIds, reportsPerDelete).flatMap((ids) =>
    queries.deleteReportItems.map((query) => ({
      query,
      params: { reportIds: ids },
      rows: batchSize,
    })),
  );
}

function planNodes(
  nodes: readonly DatasetNode[],
  queries: LoadQueryLookup,
  batchSize: number,
): PlannedStatement[] {
  const statements: PlannedStatement[] = [];
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
      statements.push({
        query: queries.node(nodeLabel),
        params: { rows: batch },
        rows: batch.length,
      });
    }
  }
  return statements;
}

function planRelationships(
  relationships: readonly DatasetRelationship[],
  queries: LoadQueryLookup,
  batchSize: number,
): PlannedStatement[] {
  const statements: PlannedStatement[] = [];
  const groups = groupBy(relationships, (r) => `${r.type} ${r.fromLabel} ${r.toLabel}`);
  for (const group of groups.values()) {
    const { type, fromLabel, toLabel } = group[0]!;
    const keys = Object.keys(relationshipTypes[type].properties);
    const rows = group.map((r) => toRow(keys, { from: r.from, to: r.to }, r.properties));
    const spec = relationshipTypes[type].properties;
    for (const batch of toTypedBatches(rows, relationshipLoadTypingRow(type), spec, batchSize)) {
      statements.push({
        query: queries.relationship(type, fromLabel, toLabel),
        params: { rows: batch },
        rows: batch.length,
      });
    }
  }
  return statements;
}
