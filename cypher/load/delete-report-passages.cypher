// Removes the passages of the given reports (with their mentions, tags and citations) before
// they are loaded again, so that re-ingesting a report replaces its passages.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (report:Report)-[:HAS_PASSAGE]->(item:Passage)
WHERE report.id IN $reportIds
DETACH DELETE item
