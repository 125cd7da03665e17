/**
 * The query catalog: named `.cypher` files under `cypher/`, read once at start-up. A query's
 * name is its path below `cypher/` without the extension (`queries/forces-by-report-ids`,
 * `load/nodes/force`), so a log line naming a query also names the file to open.
 *
 * Files may start with `//` comment lines (the header: purpose, `// params:`, `// columns:`).
 * Both engines accept leading line comments, so query text is handed over unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

import type { NodeLabel, RelationshipType } from '../domain/model.js';
import { cypherDir, projectRoot } from '../paths.js';
import type { NamedQuery } from './store.js';

/** A catalog file is missing, unreadable or empty; raised at start-up, before serving. */
export class QueryCatalogError extends Error {
  override readonly name = 'QueryCatalogError';
}

/** `PartnerAgency` → `partner-agency`, `MOST_SIMILAR_TO` → `most-similar-to`. */
export function toKebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/** Catalog name of the generated load query for one node label (`load/nodes/partner-agency`). */
export function nodeLoadQueryName(label: NodeLabel): string {
  return `load/nodes/${toKebabCase(label)}`;
}

/**
 * Catalog name of the generated load query for one (type, FROM label, TO label) pair
 * (`load/relationships/mentions--finding--partner-agency`).
 */
export function relationshipLoadQueryName(
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
): string {
  return `load/relationships/${[type, from, to].map(toKebabCase).join('--')}`;
}

/** Catalog name of the paged export query for one node label (`export/nodes/partner-agency`). */
export function nodeExportQueryName(label: NodeLabel): string {
  return `export/nodes/${toKebabCase(label)}`;
}

/**
 * Catalog name of the paged export query for one (type, FROM label, TO label) pair
 * (`export/relationships/mentions--finding--partner-agency`).
 */
export function relationshipExportQueryName(
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
): string {
  return `export/relationships/${[type, from, to].map(toKebabCase).join('--')}`;
}

/** Catalog name of the lookup of one label's nodes by id (`lookup/nodes/partner-agency`). */
export function nodeLookupQueryName(label: NodeLabel): string {
  return `lookup/nodes/${toKebabCase(label)}`;
}

/** Catalog name of the query that finds the label of each of some node ids. */
export const nodeLabelsQueryName = 'lookup/node-labels-by-ids';

/** Catalog name of the batched wipe query for one label (`maintenance/wipe-partner-agency`). */
export function wipeQueryName(label: NodeLabel): string {
  return `maintenance/wipe-${toKebabCase(label)}`;
}

/**
 * The path of a file relative to the project root with `/` separators, for messages; a file
 * outside the project keeps its absolute path.
 */
export function toProjectPath(file: string): string {
  const fromRoot = relative(projectRoot, file);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return file;
  return fromRoot.split(sep).join('/');
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** True when the text holds nothing but blank lines and `//` comment lines. */
function holdsNoStatement(text: string): boolean {
  return text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//'));
}

/**
 * Reads the named queries `<dir>/<name>.cypher` synchronously (start-up only) and returns them
 * keyed by name. Throws a {@link QueryCatalogError} naming the file, relative to the project,
 * and the reason, for the first file that is missing, unreadable or holds no statement.
 */
export function loadQueryCatalog<const N extends string>(
  dir: string = cypherDir,
  names: readonly N[],
): Record<N, NamedQuery> {
  const catalog = {} as Record<N, NamedQuery>;
  for (const name of names) {
    const file = join(dir, `${name}.cypher`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new QueryCatalogError(
        `cannot load query ${name} from ${toProjectPath(file)}: ${describeReadError(error)}`,
        { cause: error },
      );
    }
    if (holdsNoStatement(text)) {
      throw new QueryCatalogError(
        `cannot load query ${name} from ${toProjectPath(file)}: the file holds no statement`,
      );
    }
    catalog[name] = { name, text: text.trimEnd() };
  }
  return catalog;
}

/** Every `.cypher` file below `dir`, recursively, as absolute paths sorted by relative path. */
export function listCypherFiles(dir: string = cypherDir): string[] {
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.cypher')) files.push(path);
    }
  };
  walk(dir);
  const key = (file: string): string => relative(dir, file).split(sep).join('/');
  return files.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Splits a schema script into statements: `//` comment lines are dropped and a statement ends
 * with `;` at the end of a line. Schema scripts are generated and hold no string literals, so
 * no quoting rules are needed.
 */
export function splitSchemaStatements(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/** Reads a schema script (e.g. `cypher/schema/embedded.cypher`) and returns its statements. */
export function loadSchemaStatements(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new QueryCatalogError(
      `cannot load schema ${toProjectPath(file)}: ${describeReadError(error)}`,
      { cause: error },
    );
  }
  return splitSchemaStatements(text);
}
