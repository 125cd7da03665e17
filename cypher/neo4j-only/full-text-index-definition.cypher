// The labels and properties of the full-text index `graph_text` as the server holds it (no row when there is none). `npm run db:migrate -- --fulltext` compares them with cypher/schema/neo4j-fulltext.cypher: CREATE ... IF NOT EXISTS keeps an index built from an older definition, so a changed one is dropped and built again.
// Neo4j only (a SHOW command): lint:cypher checks it with Neo4j's front end; the embedded engine never runs it.
// params: $name (the index name)
// columns: labels (list of labels), properties (list of property keys)
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties
WHERE name = $name
RETURN labelsOrTypes AS labels, properties
