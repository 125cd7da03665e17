// Every report's glossary, for search's acronym expansion (a report's acronyms hold for its own text).
// params: (none)
// columns: reportId, acronym, expansion
MATCH (report:Report)-[:DEFINES]->(term:Term)
RETURN report.id AS reportId, term.acronym AS acronym, term.expansion AS expansion
ORDER BY reportId, acronym, expansion
