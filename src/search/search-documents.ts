/**
 * What the search index holds for each searchable item, and how a row of a
 * `search-documents-*` query becomes one. Pure: rows in, documents out.
 */
import type { NodeLabel } from '../domain/model.js';
import type { Row } from '../graph/store.js';

/** The kinds of item `search` covers, each one graph label. */
export const searchTypes = [
  'FINDING',
  'RECOMMENDATION',
  'INITIATIVE',
  'PARTNER_AGENCY',
  'UNIT',
  'FIGURE',
] as const;

export type SearchType = (typeof searchTypes)[number];

/** The graph label of each search type. */
export const searchTypeLabels: Readonly<Record<SearchType, NodeLabel>> = {
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  INITIATIVE: 'Initiative',
  PARTNER_AGENCY: 'PartnerAgency',
  UNIT: 'Unit',
  FIGURE: 'Figure',
};

/** The search type of a graph label, or undefined for a label search does not cover. */
export function searchTypeOfLabel(label: string): SearchType | undefined {
  return searchTypes.find((type) => searchTypeLabels[type] === label);
}

/**
 * One searchable item. Names (name, acronym, other names) rank above body text; snippets are
 * cut from `body` first and from the names when only a name matched, so a snippet is always
 * the item's own words.
 */
export interface SearchDocument {
  readonly id: string;
  readonly type: SearchType;
  readonly name: string | null;
  readonly acronym: string | null;
  readonly aliases: readonly string[];
  /** The item's text passages in the order a snippet prefers them, without repeats. */
  readonly body: readonly string[];
}

function text(row: Row, column: string): string | null {
  const value = row[column];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function texts(row: Row, columns: readonly string[]): string[] {
  const values = columns.map((column) => text(row, column)).filter((v): v is string => v !== null);
  return [...new Set(values)];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The text columns each type's `search-documents-*` query returns for the body. */
const bodyColumns: Readonly<Record<SearchType, readonly string[]>> = {
  FINDING: ['text'],
  RECOMMENDATION: ['text'],
  INITIATIVE: ['description', 'problem', 'solution', 'outcome'],
  PARTNER_AGENCY: [],
  UNIT: [],
  FIGURE: ['quote'],
};

/** Turns the rows of one type's `search-documents-*` query into documents (rows without an id are skipped). */
export function toSearchDocuments(type: SearchType, rows: readonly Row[]): SearchDocument[] {
  return rows
    .filter((row) => typeof row.id === 'string')
    .map((row) => ({
      id: row.id as string,
      type,
      name: text(row, 'name'),
      acronym: text(row, 'acronym'),
      aliases: strings(row.aliases),
      body: texts(row, bodyColumns[type]),
    }));
}

/** Every passage of a document a snippet may come from, body first. */
export function listPassages(document: SearchDocument): string[] {
  const names = [document.name, document.acronym, ...document.aliases].filter(
    (v): v is string => v !== null,
  );
  return [...document.body, ...names];
}
