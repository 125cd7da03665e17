/**
 * Reads what the search index needs out of the graph, through the named
 * `search-documents-*` queries (one per label), the glossaries and reports that acronyms and
 * filters need.
 */
import type { Queries } from '../graph/queries.js';
import type { GraphStore, NamedQuery } from '../graph/store.js';
import { buildAcronymTable, listAlternateNames, type AcronymPair } from './acronyms.js';
import { toSearchDocuments, type SearchDocument, type SearchType } from './search-documents.js';

/** The named query that lists each type's documents. */
function documentQueries(queries: Queries): Readonly<Record<SearchType, NamedQuery>> {
  return {
    FINDING: queries.searchDocumentsFindings,
    RECOMMENDATION: queries.searchDocumentsRecommendations,
    INITIATIVE: queries.searchDocumentsInitiatives,
    PARTNER_AGENCY: queries.searchDocumentsPartnerAgencies,
    UNIT: queries.searchDocumentsUnits,
    FIGURE: queries.searchDocumentsFigures,
    PASSAGE: queries.searchDocumentsPassages,
    SECTION: queries.searchDocumentsSections,
  };
}

/** The types whose text is a report's own prose: its glossary's acronyms apply to them. */
const reportTextTypes: ReadonlySet<SearchType> = new Set([
  'FINDING',
  'RECOMMENDATION',
  'INITIATIVE',
  'PASSAGE',
  'SECTION',
]);

/** Every searchable item of the graph, type by type, each type in id order. */
export async function readSearchDocuments(
  store: GraphStore,
  queries: Queries,
): Promise<SearchDocument[]> {
  const [reportRows, glossaryRows, ...perType] = await Promise.all([
    store.read(queries.searchReportForces),
    store.read(queries.searchGlossaries),
    ...Object.entries(documentQueries(queries)).map(
      async ([type, query]) => [type as SearchType, await store.read(query)] as const,
    ),
  ]);
  const forces = new Map(reportRows.map((row) => [String(row.reportId), String(row.forceId)]));
  const documents = perType.flatMap(([type, rows]) =>
    toSearchDocuments(type, rows, (reportId) => forces.get(reportId)),
  );
  return addAlternates(
    documents,
    glossaryRows.map((row) => ({
      reportId: String(row.reportId),
      acronym: String(row.acronym ?? ''),
      expansion: String(row.expansion ?? ''),
    })),
  );
}

/**
 * Each document of a report's text with the acronyms and expansions it does not print (see
 * `acronyms.ts`): from its report's glossary and from the names of the graph's entities.
 */
export function addAlternates(
  documents: readonly SearchDocument[],
  glossary: readonly (AcronymPair & { readonly reportId: string })[],
): SearchDocument[] {
  const named = buildAcronymTable(
    documents.flatMap((d) =>
      !reportTextTypes.has(d.type) && d.acronym && d.name
        ? [{ acronym: d.acronym, expansion: d.name }]
        : [],
    ),
  );
  const byReport = new Map<string, AcronymPair[]>();
  for (const pair of glossary)
    byReport.set(pair.reportId, [...(byReport.get(pair.reportId) ?? []), pair]);
  const tables = new Map(
    [...byReport].map(([reportId, pairs]) => [reportId, buildAcronymTable(pairs)]),
  );
  return documents.map((d) => {
    if (!reportTextTypes.has(d.type)) return d;
    const own = d.reportIds.flatMap((id) => tables.get(id) ?? []);
    const texts = [d.name, ...d.body].filter((t): t is string => t !== null);
    return { ...d, alternates: listAlternateNames(texts, [...own, named]) };
  });
}
