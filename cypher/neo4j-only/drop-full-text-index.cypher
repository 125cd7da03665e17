// Drops the full-text index `graph_text` (cypher/schema/neo4j-fulltext.cypher) so that `npm run db:migrate -- --fulltext` can build it again from a changed definition. Index names cannot be parameters.
// Neo4j only (a schema command): lint:cypher checks it with Neo4j's front end; the embedded engine never runs it.
// params: (none)
// columns: (none)
DROP INDEX graph_text IF EXISTS
