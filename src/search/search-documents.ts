/**
 * What the search index holds for each searchable item, and how a row of a
 * `search-documents-*` query becomes one. Pure: rows in, documents out.
 */
import type { NodeLabel } from '../domain/model.js';
import type { Row } from '../graph/store.js';
import type { AlternateName } from './acronyms.js';

/** The kinds of item `search` covers, each one graph label. */
export const searchTypes = [
  'FINDING',
  'RECOMMENDATION',
  'INITIATIVE',
  'PARTNER_AGENCY',
  'UNIT',
  'FIGURE',
  'PASSAGE',
  'SECTION',
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
  PASSAGE: 'Passage',
  SECTION: 'Section',
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
  /**
   * The reports it comes from (an item's one report; for a partner agency, unit or initiative,
   * the reports naming it), and their forces (a unit's own force too): what `reportIds` and
   * `forceIds` of a search match.
   */
  readonly reportIds: readonly string[];
  readonly forceIds: readonly string[];
  /** Its theme and the theme's ancestors; empty for the entities and for text outside themes. */
  readonly themeIds: readonly string[];
  /**
   * The other way of writing the names its text uses (see `acronyms.ts`): matched like its
   * text, never shown in snippets.
   */
  readonly alternates: readonly AlternateName[];
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
  PASSAGE: ['text'],
  SECTION: [],
};

/**
 * Turns the rows of one type's `search-documents-*` query into documents (rows without an id
 * are skipped). Rows may carry `reportIds` and `themeIds` lists and a `forceId`; `forceOf`
 * gives each report's force. Alternates are added later, from the acronym tables.
 */
export function toSearchDocuments(
  type: SearchType,
  rows: readonly Row[],
  forceOf: (reportId: string) => string | undefined = () => undefined,
): SearchDocument[] {
  return rows
    .filter((row) => typeof row.id === 'string')
    .map((row) => {
      const reportIds = [
        ...new Set([...strings(row.reportIds), ...strings([row.reportId])]),
      ].sort();
      const forceIds = new Set(reportIds.map(forceOf).filter((f): f is string => f !== undefined));
      const own = text(row, 'forceId');
      if (own !== null) forceIds.add(own);
      return {
        id: row.id as string,
        type,
        name: text(row, 'name'),
        acronym: text(row, 'acronym'),
        aliases: strings(row.aliases),
        body: texts(row, bodyColumns[type]),
        reportIds,
        forceIds: [...forceIds].sort(),
        themeIds: [...new Set(strings(row.themeIds))].sort(),
        alternates: [],
      };
    });
}

/** Every passage of a document a snippet may come from, body first. */
export function listPassages(document: SearchDocument): string[] {
  const names = [document.name, document.acronym, ...document.aliases].filter(
    (v): v is string => v !== null,
  );
  return [...document.body, ...names];
}
