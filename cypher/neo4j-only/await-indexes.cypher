// Waits until every index is online (a new full-text index populates in the background after
// CREATE FULLTEXT INDEX returns; queries on it fail until then). Used by `npm run db:migrate -- --fulltext`.
// Neo4j only (a procedure call): lint:cypher checks it with Neo4j's front end; the embedded engine never runs it.
// params: $timeoutSeconds (how long to wait before the server gives up)
// columns: (none)
CALL db.awaitIndexes($timeoutSeconds)
