/**
 * The `cypher` export: a script that recreates the graph in any Neo4j 5 or later with
 * `cypher-shell -f`. Constraints and indexes come first; then parameterless, batched
 * `UNWIND [...] AS row MERGE ... SET ...` statements, nodes label by label, then
 * relationships per (type, FROM, TO). Every statement is idempotent, so the script can run
 * again, and every statement ends with `;` at the end of a line (string literals never span
 * lines), so the script splits into statements line by line.
 */
import type { DatasetNode, DatasetRelationship, GraphDataset } from '../domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
} from '../domain/model.js';
import { mergeNodeClauses, mergeRelationshipClauses } from '../graph/merge-clauses.js';
import { formatCypherKey, formatCypherString, formatCypherValue } from './cypher-literal.js';
import { chunk, groupBy } from '../graph/batches.js';

export interface CypherScriptOptions {
  /** Neo4j constraint and index statements to run first (`cypher/schema/neo4j.cypher`). */
  readonly schemaStatements: readonly string[];
  /** Rows per statement; default {@link defaultCypherBatchSize}. */
  readonly batchSize?: number;
}

/** Rows per UNWIND: a few hundred kilobytes of text per statement at most for report prose. */
export const defaultCypherBatchSize = 500;

/** `{id: 'x', name: 'y'}`: the given keys first, then the set properties (nulls left out). */
function formatRow(
  keys: ReadonlyArray<readonly [string, string]>,
  spec: PropertySpec,
  properties: DatasetNode['properties'],
): string {
  const entries = keys.map(([key, value]) => `${key}: ${formatCypherString(value)}`);
  for (const [key, type] of Object.entries(spec)) {
    const value = properties[key] ?? null;
    if (value !== null) entries.push(`${formatCypherKey(key)}: ${formatCypherValue(value, type)}`);
  }
  return `{${entries.join(', ')}}`;
}

function unwindStatement(rows: readonly string[], clauses: readonly string[]): string {
  return ['UNWIND [', rows.map((row) => `  ${row}`).join(',\n'), '] AS row', ...clauses].join('\n');
}

function nodeStatements(nodes: readonly DatasetNode[], batchSize: number): string[] {
  const statements: string[] = [];
  for (const [label, group] of groupBy(nodes, (node) => node.label)) {
    const nodeLabel = label as NodeLabel;
    const spec = nodeLabels[nodeLabel];
    const rows = group.map((node) => formatRow([['id', node.id]], spec, node.properties));
    for (const batch of chunk(rows, batchSize))
      statements.push(unwindStatement(batch, mergeNodeClauses(nodeLabel)));
  }
  return statements;
}

function relationshipStatements(
  relationships: readonly DatasetRelationship[],
  batchSize: number,
): string[] {
  const statements: string[] = [];
  const groups = groupBy(relationships, (r) => `${r.type} ${r.fromLabel} ${r.toLabel}`);
  for (const group of groups.values()) {
    const { type, fromLabel, toLabel } = group[0]!;
    const spec = relationshipTypes[type].properties;
    const rows = group.map((r) =>
      formatRow(
        [
          ['from', r.from],
          ['to', r.to],
        ],
        spec,
        r.properties,
      ),
    );
    for (const batch of chunk(rows, batchSize))
      statements.push(unwindStatement(batch, mergeRelationshipClauses(type, fromLabel, toLabel)));
  }
  return statements;
}

/**
 * Every statement of the script, in order and without the final `;`: the schema statements,
 * then node batches, then relationship batches. Throws a TypeError for a property value that
 * does not fit its declared type.
 */
export function listCypherScriptStatements(
  dataset: GraphDataset,
  options: CypherScriptOptions,
): string[] {
  const batchSize = options.batchSize ?? defaultCypherBatchSize;
  return [
    ...options.schemaStatements,
    ...nodeStatements(dataset.nodes, batchSize),
    ...relationshipStatements(dataset.relationships, batchSize),
  ];
}

/** The script's text, in pieces to write one after the other. */
export function* renderCypherScript(
  dataset: GraphDataset,
  options: CypherScriptOptions,
): Generator<string> {
  yield [
    `// Inspection graph: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships.`,
    '// Written by `npm run export -- --format cypher`. Recreates the graph in Neo4j 5 or later:',
    '//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f <this file>',
    '// Constraints and indexes first, then nodes, then relationships. Every statement is',
    '// idempotent (IF NOT EXISTS, MERGE), so the script can be run again.',
    '',
  ].join('\n');
  for (const statement of listCypherScriptStatements(dataset, options)) yield `${statement};\n`;
}
