import { join } from 'node:path';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type RelationshipType,
} from '../domain/model.js';
import { cypherDir } from '../paths.js';
import {
  loadQueryCatalog,
  loadSchemaStatements,
  nodeExportQueryName,
  nodeLoadQueryName,
  relationshipExportQueryName,
  relationshipLoadQueryName,
  wipeQueryName,
} from './catalog.js';
import type { LoadQueryLookup } from './load-dataset.js';
import { queryNames, type QueryKey } from './query-names.js';
import type { ExportQueryLookup } from './read-dataset.js';
import type { NamedQuery } from './store.js';

/** The application's named queries, by key (see `query-names.ts`). */
export type Queries = Readonly<Record<QueryKey, NamedQuery>>;

/** Schema scripts per engine, as statement lists. */
export interface SchemaStatements {
  embedded: readonly string[];
  embeddedMigrations: readonly string[];
  neo4j: readonly string[];
  /** The optional Neo4j full-text index (`npm run db:migrate -- --fulltext`). */
  neo4jFullText: readonly string[];
}

/** Generated maintenance queries (`cypher/maintenance/`). */
export interface MaintenanceQueryLookup {
  /** Deletes up to `$limit` nodes of one label with their relationships; returns `deleted`. */
  wipe(label: NodeLabel): NamedQuery;
}

/** Everything loaded from `cypher/` at start. */
export interface Catalog {
  queries: Queries;
  load: LoadQueryLookup;
  /** Paged whole-graph reads (see `read-dataset.ts`). */
  export: ExportQueryLookup;
  maintenance: MaintenanceQueryLookup;
  schema: SchemaStatements;
}

/** Catalog names of every generated load query the model implies. */
function listLoadQueryNames(): string[] {
  const names = (Object.keys(nodeLabels) as NodeLabel[]).map(nodeLoadQueryName);
  for (const [type, spec] of Object.entries(relationshipTypes))
    for (const [from, to] of spec.pairs)
      names.push(relationshipLoadQueryName(type as RelationshipType, from, to));
  return names;
}

/** Catalog names of every generated export query the model implies. */
function listExportQueryNames(): string[] {
  const names = (Object.keys(nodeLabels) as NodeLabel[]).map(nodeExportQueryName);
  for (const [type, spec] of Object.entries(relationshipTypes))
    for (const [from, to] of spec.pairs)
      names.push(relationshipExportQueryName(type as RelationshipType, from, to));
  return names;
}

/**
 * Loads every query the application runs, the generated load queries and the schema scripts.
 * Throws, naming the file, if any of them is missing or unreadable: a start-up error.
 */
export function loadCatalog(dir: string = cypherDir): Catalog {
  const keys = Object.keys(queryNames) as QueryKey[];
  const named = loadQueryCatalog(
    dir,
    keys.map((key) => queryNames[key]),
  );
  const queries = Object.fromEntries(keys.map((key) => [key, named[queryNames[key]]])) as Record<
    QueryKey,
    NamedQuery
  >;
  const loadQueries = loadQueryCatalog(dir, listLoadQueryNames());
  const exportQueries = loadQueryCatalog(dir, listExportQueryNames());
  const wipeQueries = loadQueryCatalog(
    dir,
    (Object.keys(nodeLabels) as NodeLabel[]).map(wipeQueryName),
  );
  return {
    queries,
    load: {
      node: (label) => loadQueries[nodeLoadQueryName(label)]!,
      relationship: (type, from, to) => {
        const query = loadQueries[relationshipLoadQueryName(type, from, to)];
        if (!query) throw new Error(`the model has no ${type} relationship from ${from} to ${to}`);
        return query;
      },
      // Items first, then the evidence links that outlive them (between shared entities), then
      // the entities only those items and links named.
      deleteReportItems: [
        queries.deleteReportJudgements,
        queries.deleteReportEarlierJudgements,
        queries.deleteReportFindings,
        queries.deleteReportRecommendations,
        queries.deleteReportDevelopingPractice,
        queries.deleteReportForceFacts,
        queries.deleteReportFigures,
        queries.deleteReportSections,
        queries.deleteReportPassages,
        queries.deleteReportFootnotes,
        queries.deleteReportSourceText,
        queries.deleteReportParticipatesInLinks,
        queries.deleteReportRunsLinks,
        queries.deleteReportMostSimilarToLinks,
        queries.deleteReportDefinesLinks,
        queries.deleteReportPartOfLinks,
        queries.deleteReportMentionsLinks,
        queries.deleteUnlinkedUnit,
        queries.deleteUnlinkedInitiative,
        queries.deleteUnlinkedBody,
        queries.deleteUnlinkedPartnerAgency,
      ],
    },
    export: {
      node: (label) => exportQueries[nodeExportQueryName(label)]!,
      relationship: (type, from, to) => {
        const query = exportQueries[relationshipExportQueryName(type, from, to)];
        if (!query) throw new Error(`the model has no ${type} relationship from ${from} to ${to}`);
        return query;
      },
    },
    maintenance: { wipe: (label) => wipeQueries[wipeQueryName(label)]! },
    schema: {
      embedded: loadSchemaStatements(join(dir, 'schema', 'embedded.cypher')),
      embeddedMigrations: loadSchemaStatements(join(dir, 'schema', 'embedded-migrations.cypher')),
      neo4j: loadSchemaStatements(join(dir, 'schema', 'neo4j.cypher')),
      neo4jFullText: loadSchemaStatements(join(dir, 'schema', 'neo4j-fulltext.cypher')),
    },
  };
}
