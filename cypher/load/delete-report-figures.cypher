// Removes the figures of the given reports before they are loaded again, so that re-ingesting a
// report replaces its figures instead of duplicating or leaving stale ones.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (report:Report)-[:STATES]->(item:Figure)
WHERE report.id IN $reportIds
DETACH DELETE item
