// Ranked full-text search over Neo4j's optional index `graph_text` (cypher/schema/neo4j-fulltext.cypher), used when SEARCH_BACKEND=neo4j-fulltext.
// Neo4j only (a procedure call): lint:cypher checks it with Neo4j's front end; the embedded engine never runs it. Lucene ranks, so scores differ from the in-process index.
// params: $query (Lucene query built from plain words by src/search/neo4j-full-text.ts), $labels (labels to keep), $limit
// columns: id (node id), labels (the node's labels), score (Lucene score)
CALL db.index.fulltext.queryNodes('graph_text', $query) YIELD node, score
WITH node, score, labels(node) AS nodeLabels
WHERE any(label IN nodeLabels WHERE label IN $labels)
RETURN node.id AS id, nodeLabels AS labels, score
ORDER BY score DESC, id
LIMIT $limit
