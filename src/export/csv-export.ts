/**
 * The `csv` export: node and relationship files in the header format of
 * `neo4j-admin database import full`, for loads too large for Cypher statements. One file
 * per label (`nodes/<label>.csv`: `id:ID(<Label>)`, `:LABEL`, typed property columns) and per
 * (type, FROM, TO) (`relationships/<type>--<from>--<to>.csv`: `:START_ID(<From>)`,
 * `:END_ID(<To>)`, `:TYPE`, typed property columns). Each label is its own id space, as ids
 * are unique per label only. Beside them: `schema.cypher` (constraints and indexes to create
 * after the import) and `import.sh` (the exact import command).
 *
 * A missing value is an empty field, so neo4j-admin sets no property; an empty list is
 * written the same way and so comes back as a missing value.
 */
import type { GraphDataset, Properties, PropertyValue } from '../domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type PropertyType,
  type RelationshipType,
} from '../domain/model.js';
import { toKebabCase } from '../graph/catalog.js';
import { formatCsvRecord, formatCsvText } from './csv-field.js';
import { groupBy } from '../graph/batches.js';

/** A file of the export: its path below the output folder, with `/` separators, and its text. */
export interface ExportFile {
  readonly path: string;
  readonly text: string;
}

export interface CsvExportOptions {
  /** Neo4j constraint and index statements, written to `schema.cypher`. */
  readonly schemaStatements: readonly string[];
}

/** neo4j-admin's column types for the model's property types. */
export const csvColumnTypes: Readonly<Record<PropertyType, string>> = {
  STRING: 'string',
  INT64: 'long',
  DOUBLE: 'double',
  BOOLEAN: 'boolean',
  'STRING[]': 'string[]',
  'INT64[]': 'long[]',
};

/**
 * Array delimiters to try, in order: the first that no list element contains is used.
 * `U+001F` (unit separator) is spelled the way neo4j-admin's `--array-delimiter` takes it.
 */
const delimiterCandidates = [
  { char: ';', option: ';' },
  { char: '|', option: '|' },
  { char: '\u001f', option: 'U+001F' },
] as const;

type Delimiter = (typeof delimiterCandidates)[number];

/** The array delimiter for this dataset: one that no element of any string list contains. */
function chooseArrayDelimiter(dataset: GraphDataset): Delimiter {
  const elements = new Set<string>();
  for (const item of [...dataset.nodes, ...dataset.relationships])
    for (const value of Object.values(item.properties))
      if (Array.isArray(value)) for (const element of value) elements.add(String(element));
  const free = delimiterCandidates.find(
    ({ char }) => ![...elements].some((element) => element.includes(char)),
  );
  if (free === undefined) {
    throw new Error(
      `every array delimiter candidate (${delimiterCandidates.map((d) => d.option).join(' ')}) occurs inside a list value; the CSV export cannot separate list elements`,
    );
  }
  return free;
}

function formatField(value: PropertyValue, delimiter: Delimiter): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return formatCsvText(value.map(String).join(delimiter.char));
  }
  if (typeof value === 'string') return formatCsvText(value);
  return String(value);
}

function propertyHeader(spec: PropertySpec): string[] {
  return Object.entries(spec).map(([key, type]) => `${key}:${csvColumnTypes[type]}`);
}

function propertyFields(
  spec: PropertySpec,
  properties: Properties,
  delimiter: Delimiter,
): Array<string | null> {
  return Object.keys(spec).map((key) => formatField(properties[key] ?? null, delimiter));
}

/** Path of the node file of one label, below the output folder. */
export function csvNodeFilePath(label: NodeLabel): string {
  return `nodes/${toKebabCase(label)}.csv`;
}

/** Path of the relationship file of one (type, FROM, TO), below the output folder. */
export function csvRelationshipFilePath(
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
): string {
  return `relationships/${[type, from, to].map(toKebabCase).join('--')}.csv`;
}

function importScript(nodeFiles: string[], relationshipFiles: string[], delimiter: Delimiter) {
  const lines = [
    '#!/bin/sh',
    '# Imports this folder into a new or stopped Neo4j database (Neo4j 5 or later) with',
    '# neo4j-admin; written by `npm run export -- --format csv`.',
    '#   sh import.sh [database]        (default database: neo4j; NEO4J_ADMIN overrides the command)',
    '# The database must be empty: add --overwrite-destination=true to replace an existing one.',
    '# Then start the database and create the constraints and indexes:',
    '#   cypher-shell -d <database> -f schema.cypher',
    'set -e',
    'cd "$(dirname "$0")"',
    `"\${NEO4J_ADMIN:-neo4j-admin}" database import full \\`,
    `  --array-delimiter='${delimiter.option}' --multiline-fields=true --id-type=string \\`,
    ...nodeFiles.map((file) => `  --nodes=${file} \\`),
    ...relationshipFiles.map((file) => `  --relationships=${file} \\`),
    '  "${1:-neo4j}"',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Builds every file of the CSV export. Labels and (type, FROM, TO) groups without any row get
 * no file. Throws when no array delimiter is free (every candidate occurs in some list value).
 */
export function buildCsvExport(dataset: GraphDataset, options: CsvExportOptions): ExportFile[] {
  const delimiter = chooseArrayDelimiter(dataset);
  const files: ExportFile[] = [];
  for (const [label, nodes] of groupBy(dataset.nodes, (node) => node.label)) {
    const spec = nodeLabels[label as NodeLabel];
    const records = [
      formatCsvRecord([`id:ID(${label})`, ':LABEL', ...propertyHeader(spec)]),
      ...nodes.map((node) =>
        formatCsvRecord([
          formatCsvText(node.id),
          label,
          ...propertyFields(spec, node.properties, delimiter),
        ]),
      ),
    ];
    files.push({ path: csvNodeFilePath(label as NodeLabel), text: records.join('') });
  }
  const nodeFiles = files.map((file) => file.path);
  const groups = groupBy(dataset.relationships, (r) => `${r.type} ${r.fromLabel} ${r.toLabel}`);
  for (const relationships of groups.values()) {
    const { type, fromLabel, toLabel } = relationships[0]!;
    const spec = relationshipTypes[type].properties;
    const records = [
      formatCsvRecord([
        `:START_ID(${fromLabel})`,
        `:END_ID(${toLabel})`,
        ':TYPE',
        ...propertyHeader(spec),
      ]),
      ...relationships.map((r) =>
        formatCsvRecord([
          formatCsvText(r.from),
          formatCsvText(r.to),
          type,
          ...propertyFields(spec, r.properties, delimiter),
        ]),
      ),
    ];
    files.push({
      path: csvRelationshipFilePath(type, fromLabel, toLabel),
      text: records.join(''),
    });
  }
  const relationshipFiles = files.map((file) => file.path).slice(nodeFiles.length);
  files.push(
    {
      path: 'schema.cypher',
      text: options.schemaStatements.map((statement) => `${statement};\n`).join(''),
    },
    { path: 'import.sh', text: importScript(nodeFiles, relationshipFiles, delimiter) },
  );
  return files;
}
