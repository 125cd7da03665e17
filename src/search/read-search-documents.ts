/**
 * Reads what the search index needs out of the graph, through the named
 * `search-documents-*` queries (one per label), and the graph fingerprint that says whether
 * the graph has changed since.
 */
import type { Queries } from '../graph/queries.js';
import type { GraphStore, NamedQuery } from '../graph/store.js';
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
  };
}

/** Every searchable item of the graph, type by type, each type in id order. */
export async function readSearchDocuments(
  store: GraphStore,
  queries: Queries,
): Promise<SearchDocument[]> {
  const perType = await Promise.all(
    Object.entries(documentQueries(queries)).map(async ([type, query]) =>
      toSearchDocuments(type as SearchType, await store.read(query)),
    ),
  );
  return perType.flat();
}

/**
 * A cheap summary of the graph's size: the node and relationship counts. A write by another
 * process (an ingest into a shared Neo4j) almost always changes one of them; a write that
 * keeps both exactly equal is noticed by the next rebuild for another reason, or after a
 * restart.
 */
export async function readGraphFingerprint(store: GraphStore, queries: Queries): Promise<string> {
  const [[nodes], [relationships]] = await Promise.all([
    store.read(queries.nodeCount),
    store.read(queries.relationshipCount),
  ]);
  return `${Number(nodes?.nodes ?? 0)}/${Number(relationships?.relationships ?? 0)}`;
}
