// The glossary of each of the given reports, by acronym.
// params: $ids (list of Report ids)
// columns: key (Report id), term (Term node)
MATCH (report:Report)-[:DEFINES]->(term:Term)
WHERE report.id IN $ids
RETURN report.id AS key, term
ORDER BY term.acronym, term.expansion
