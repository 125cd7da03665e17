// Removes the findings of the given reports before they are loaded again, so that
// re-ingesting a report replaces its items instead of duplicating or leaving stale ones.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (report:Report)-[:HAS_FINDING]->(item:Finding)
WHERE report.id IN $reportIds
DETACH DELETE item
