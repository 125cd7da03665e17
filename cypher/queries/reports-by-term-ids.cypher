// The reports whose glossary defines each of the given terms, newest first, and where the glossary defines it.
// params: $ids (list of Term ids)
// columns: key (Term id), report (Report node), link (DEFINES relationship: its evidence)
MATCH (report:Report)-[link:DEFINES]->(term:Term)
WHERE term.id IN $ids
RETURN term.id AS key, report, link
ORDER BY report.publishedOn DESC, report.id
