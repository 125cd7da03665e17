/**
 * Generates every schema, load, export and maintenance statement from the graph model
 * (`src/domain/model.ts`): the embedded engine's DDL and migrations, Neo4j's constraints and
 * indexes (and the optional full-text index), one load query and one paged export query per
 * label and per (type, FROM, TO) pair, and one batched wipe query per label. Pure: text in
 * memory; `tooling/generate/generate-cypher.ts` writes the files. Runtime code reads the
 * generated files from `cypher/` and never imports this module.
 */
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from '../../src/domain/model.js';
import {
  nodeExportQueryName,
  nodeLoadQueryName,
  relationshipExportQueryName,
  relationshipLoadQueryName,
  toKebabCase,
  nodeLabelsQueryName,
  nodeLookupQueryName,
  wipeQueryName,
} from '../../src/graph/catalog.js';
import { mergeNodeClauses, mergeRelationshipClauses } from '../../src/graph/merge-clauses.js';

/** A generated file: its path below `cypher/` (with `/` separators) and its full text. */
export interface GeneratedCypherFile {
  readonly path: string;
  readonly text: string;
}

/** Node properties Neo4j should index because queries look nodes up by them. */
export const neo4jLookupIndexes = [
  ['Report', 'forceId'],
  ['Judgement', 'reportId'],
  ['Finding', 'reportId'],
  ['Finding', 'kind'],
  ['Recommendation', 'reportId'],
  ['Theme', 'parentId'],
  ['Unit', 'forceId'],
  ['Term', 'acronym'],
] as const satisfies readonly {
  [L in NodeLabel]: readonly [L, keyof (typeof nodeLabels)[L] & string];
}[NodeLabel][];

const labels = Object.keys(nodeLabels) as NodeLabel[];
const types = Object.keys(relationshipTypes) as RelationshipType[];

function propertiesOf(label: NodeLabel): PropertySpec {
  return nodeLabels[label];
}

function relationshipPropertiesOf(type: RelationshipType): PropertySpec {
  return relationshipTypes[type].properties;
}

function pairsOf(type: RelationshipType): readonly (readonly [NodeLabel, NodeLabel])[] {
  return relationshipTypes[type].pairs;
}

function toSnakeCase(name: string): string {
  return toKebabCase(name).replace(/-/g, '_');
}

function columnList(spec: PropertySpec): string[] {
  return Object.entries(spec).map(([key, type]) => `${key} ${type}`);
}

/** One table element per line, so that a model change shows as a one-line diff. */
function indentParts(parts: readonly string[]): string {
  return `\n${parts.map((part) => `  ${part}`).join(',\n')}\n`;
}

/**
 * `CREATE NODE TABLE IF NOT EXISTS` per label and `CREATE REL TABLE IF NOT EXISTS` per type
 * (every FROM/TO pair in one table), for the embedded engine. Safe to run on every start.
 */
export function embeddedSchemaStatements(): string[] {
  const nodeTables = labels.map((label) => {
    const columns = ['id STRING PRIMARY KEY', ...columnList(propertiesOf(label))];
    return `CREATE NODE TABLE IF NOT EXISTS ${label}(${indentParts(columns)})`;
  });
  const relTables = types.map((type) => {
    const parts = [
      ...pairsOf(type).map(([from, to]) => `FROM ${from} TO ${to}`),
      ...columnList(relationshipPropertiesOf(type)),
    ];
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${indentParts(parts)})`;
  });
  return [...nodeTables, ...relTables];
}

/**
 * Brings a database file created by an older model up to date, after
 * {@link embeddedSchemaStatements}: adds every missing property column to node and rel tables
 * and every missing FROM/TO pair to rel tables. Every statement is a no-op when already
 * applied. It only adds: a property whose type changed or that the model dropped keeps its
 * old column, and needs a rebuilt database.
 */
export function embeddedMigrationStatements(): string[] {
  const nodeColumns = labels.flatMap((label) =>
    Object.entries(propertiesOf(label)).map(
      ([key, type]) => `ALTER TABLE ${label} ADD IF NOT EXISTS ${key} ${type}`,
    ),
  );
  const relPairs = types.flatMap((type) =>
    pairsOf(type).map(
      ([from, to]) => `ALTER TABLE ${type} ADD IF NOT EXISTS FROM ${from} TO ${to}`,
    ),
  );
  const relColumns = types.flatMap((type) =>
    Object.entries(relationshipPropertiesOf(type)).map(
      ([key, valueType]) => `ALTER TABLE ${type} ADD IF NOT EXISTS ${key} ${valueType}`,
    ),
  );
  return [...nodeColumns, ...relPairs, ...relColumns];
}

/** Neo4j: a uniqueness constraint on `id` per label, then the lookup indexes. */
export function neo4jSchemaStatements(): string[] {
  const constraints = labels.map(
    (label) =>
      `CREATE CONSTRAINT ${toSnakeCase(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = neo4jLookupIndexes.map(
    ([label, key]) =>
      `CREATE INDEX ${toSnakeCase(label)}_${toSnakeCase(key)}_index IF NOT EXISTS FOR (n:${label}) ON (n.${key})`,
  );
  return [...constraints, ...indexes];
}

/**
 * Text properties the optional Neo4j full-text index covers, wherever a label declares them:
 * the names, titles and prose a researcher searches for.
 */
export const neo4jFullTextProperties = [
  'name',
  'title',
  'text',
  'description',
  'question',
  'problem',
  'solution',
  'outcome',
  'acronym',
  'expansion',
  'heading',
  'code',
  'measure',
] as const;

/** Name of the optional Neo4j full-text index (`db.index.fulltext.queryNodes('graph_text', $q)`). */
export const neo4jFullTextIndexName = 'graph_text';

/**
 * The optional Neo4j full-text index over {@link neo4jFullTextProperties} of every label that
 * declares one of them: for corpora too large for the in-process search index. Neo4j only;
 * `npm run db:migrate -- --fulltext` creates it.
 */
export function neo4jFullTextStatements(): string[] {
  const textLabels = labels.filter((label) =>
    neo4jFullTextProperties.some((key) => key in propertiesOf(label)),
  );
  const keys = neo4jFullTextProperties.filter((key) =>
    textLabels.some((label) => key in propertiesOf(label)),
  );
  return [
    `CREATE FULLTEXT INDEX ${neo4jFullTextIndexName} IF NOT EXISTS FOR (n:${textLabels.join('|')}) ON EACH [${keys.map((key) => `n.${key}`).join(', ')}]`,
  ];
}

/**
 * Upserts nodes of one label: `$rows` is a list of maps holding `id` and every declared
 * property (null clears one). Rows with a null id are skipped, which lets a batch start with
 * the {@link loadTypingRow}.
 */
export function loadNodeQuery(label: NodeLabel): string {
  return [
    'UNWIND $rows AS row',
    'WITH row',
    'WHERE row.id IS NOT NULL',
    ...mergeNodeClauses(label),
  ].join('\n');
}

/**
 * Upserts relationships of one type between one FROM and one TO label: `$rows` holds `from`,
 * `to` (node ids) and every declared relationship property. Rows whose endpoints do not
 * exist (or are null, as in the {@link relationshipLoadTypingRow}) are skipped.
 */
export function loadRelationshipQuery(
  type: RelationshipType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
): string {
  return ['UNWIND $rows AS row', ...mergeRelationshipClauses(type, fromLabel, toLabel)].join('\n');
}

/**
 * One page of the nodes of one label in id order. Both engines return the node with every
 * property that is set (and its label); `$skip` and `$limit` must be integers, which the
 * adapters send as such.
 */
export function nodeExportQuery(label: NodeLabel): string {
  return [`MATCH (n:${label})`, 'RETURN n', 'ORDER BY n.id', 'SKIP $skip', 'LIMIT $limit'].join(
    '\n',
  );
}

/**
 * One page of the relationships of one type between one FROM and one TO label, ordered by
 * the endpoint ids; the model's MERGE keeps at most one such relationship per endpoint pair,
 * so the order is total and pages neither overlap nor skip.
 */
export function relationshipExportQuery(
  type: RelationshipType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
): string {
  return [
    `MATCH (a:${fromLabel})-[r:${type}]->(b:${toLabel})`,
    'RETURN a.id AS from, b.id AS to, r',
    'ORDER BY from, to',
    'SKIP $skip',
    'LIMIT $limit',
  ].join('\n');
}

/**
 * Deletes up to `$limit` nodes of one label with their relationships and says how many it
 * deleted; run it (in its own transaction) until it deletes fewer than `$limit`, so a large
 * graph is cleared without one huge transaction. Touches only this label.
 */
export function wipeLabelQuery(label: NodeLabel): string {
  return [
    `MATCH (n:${label})`,
    'WITH n',
    'LIMIT $limit',
    'DETACH DELETE n',
    'RETURN count(*) AS deleted',
  ].join('\n');
}

/** The nodes of one label with the given ids: a lookup the store answers from the label's id key. */
export function nodeLookupQuery(label: NodeLabel): string {
  return [`MATCH (node:${label})`, 'WHERE node.id IN $ids', 'RETURN node'].join('\n');
}

/**
 * The label of each given id, one labelled branch per label. Cheaper than returning the nodes of
 * an unlabelled match: the embedded engine returns such a node with the columns of every table
 * (null where another label's), and Neo4j scans every node for it.
 */
export function nodeLabelsQuery(): string {
  return labels
    .map((label) =>
      [
        `MATCH (node:${label})`,
        'WHERE node.id IN $ids',
        `RETURN node.id AS id, '${label}' AS label`,
      ].join('\n'),
    )
    .join('\nUNION ALL\n');
}

const generatedBy = '// Generated by `npm run gen:cypher` from src/domain/model.ts - do not edit.';

function fileText(
  description: readonly string[],
  params: string,
  body: string,
  columns = '(none)',
): string {
  const header = [
    generatedBy,
    ...description.map((line) => `// ${line}`),
    `// params: ${params}`,
    `// columns: ${columns}`,
  ];
  return `${header.join('\n')}\n${body}\n`;
}

function scriptText(description: readonly string[], statements: readonly string[]): string {
  const body = [
    ...description,
    'Statements end with ";" at the end of a line; run them one at a time.',
  ];
  return fileText(body, '(none)', statements.map((statement) => `${statement};`).join('\n'));
}

/** Every generated file, in a stable order. */
export function generateCypherFiles(): GeneratedCypherFile[] {
  const files: GeneratedCypherFile[] = [
    {
      path: 'schema/embedded.cypher',
      text: scriptText(
        ['Embedded engine (LadybugDB) DDL: a node table per label, a rel table per type.'],
        embeddedSchemaStatements(),
      ),
    },
    {
      path: 'schema/embedded-migrations.cypher',
      text: scriptText(
        [
          'Embedded engine (LadybugDB) migrations, run after embedded.cypher: adds the columns',
          'and FROM/TO pairs an older database file lacks. Only adds: a changed property type',
          'or a dropped property needs a rebuilt database.',
        ],
        embeddedMigrationStatements(),
      ),
    },
    {
      path: 'schema/neo4j.cypher',
      text: scriptText(
        ['Neo4j constraints (unique id per label) and lookup indexes.'],
        neo4jSchemaStatements(),
      ),
    },
    {
      path: 'schema/neo4j-fulltext.cypher',
      text: scriptText(
        [
          'Optional Neo4j full-text index over the text properties, for corpora too large for the',
          'in-process search index: `npm run db:migrate -- --fulltext` creates it.',
        ],
        neo4jFullTextStatements(),
      ),
    },
  ];
  for (const label of labels) {
    const keys = ['id', ...Object.keys(propertiesOf(label))];
    files.push({
      path: `${nodeLoadQueryName(label)}.cypher`,
      text: fileText(
        [
          `Upserts ${label} nodes by id and sets every declared property (null clears one).`,
          'Rows with a null id are skipped: see loadTypingRow in src/graph/typing-rows.ts.',
        ],
        `$rows (list of {${keys.join(', ')}})`,
        loadNodeQuery(label),
      ),
    });
  }
  for (const type of types) {
    const properties = Object.keys(relationshipPropertiesOf(type));
    const keys = ['from', 'to', ...properties];
    const sets = properties.length > 0 ? 'sets every declared property' : 'carries no properties';
    for (const [from, to] of pairsOf(type)) {
      files.push({
        path: `${relationshipLoadQueryName(type, from, to)}.cypher`,
        text: fileText(
          [
            `Upserts (:${from})-[:${type}]->(:${to}) relationships between existing nodes`,
            `(rows whose endpoints are missing are skipped); the relationship ${sets}.`,
          ],
          `$rows (list of {${keys.join(', ')}}; from and to are node ids)`,
          loadRelationshipQuery(type, from, to),
        ),
      });
    }
  }
  files.push(...generateExportFiles(), ...generateWipeFiles(), ...generateLookupFiles());
  return files;
}

function generateLookupFiles(): GeneratedCypherFile[] {
  const files: GeneratedCypherFile[] = labels.map((label) => ({
    path: `${nodeLookupQueryName(label)}.cypher`,
    text: fileText(
      [`Reads the ${label} nodes with the given ids (the API's node loaders, src/api/loaders.ts).`],
      '$ids (list of node ids)',
      nodeLookupQuery(label),
      `node (${label} node)`,
    ),
  }));
  files.push({
    path: `${nodeLabelsQueryName}.cypher`,
    text: fileText(
      [
        'The label of each given node id that exists, so that the node can then be read with its',
        "label's lookup (lookup/nodes/); ids are unique across labels.",
      ],
      '$ids (list of node ids)',
      nodeLabelsQuery(),
      'id (node id), label (its label)',
    ),
  });
  return files;
}

const pageParams = '$skip, $limit (integers: rows to skip, page size)';

function generateExportFiles(): GeneratedCypherFile[] {
  const files: GeneratedCypherFile[] = labels.map((label) => ({
    path: `${nodeExportQueryName(label)}.cypher`,
    text: fileText(
      [`Reads one page of ${label} nodes in id order, for exports (src/graph/read-dataset.ts).`],
      pageParams,
      nodeExportQuery(label),
      `n (${label} node)`,
    ),
  }));
  for (const type of types) {
    for (const [from, to] of pairsOf(type)) {
      files.push({
        path: `${relationshipExportQueryName(type, from, to)}.cypher`,
        text: fileText(
          [
            `Reads one page of (:${from})-[:${type}]->(:${to}) relationships in endpoint id order,`,
            'for exports (src/graph/read-dataset.ts).',
          ],
          pageParams,
          relationshipExportQuery(type, from, to),
          `from (${from} id), to (${to} id), r (${type} relationship)`,
        ),
      });
    }
  }
  return files;
}

function generateWipeFiles(): GeneratedCypherFile[] {
  return labels.map((label) => ({
    path: `${wipeQueryName(label)}.cypher`,
    text: fileText(
      [
        `Deletes up to $limit ${label} nodes and their relationships (npm run seed -- --wipe);`,
        'run it, one transaction each, until it deletes fewer than $limit.',
      ],
      '$limit (integer: nodes per batch)',
      wipeLabelQuery(label),
      'deleted (integer)',
    ),
  }));
}

/** Folders below `cypher/` that hold only generated files (anything else there is stale). */
export const generatedOnlyDirs = [
  'load/nodes',
  'load/relationships',
  'export/nodes',
  'export/relationships',
  'maintenance',
  'lookup',
] as const;
