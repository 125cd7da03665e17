// The reports whose glossary defines each of the given terms, newest first.
// params: $ids (list of Term ids)
// columns: key (Term id), report (Report node)
MATCH (report:Report)-[:DEFINES]->(term:Term)
WHERE term.id IN $ids
RETURN term.id AS key, report
ORDER BY report.publishedOn DESC, report.id
