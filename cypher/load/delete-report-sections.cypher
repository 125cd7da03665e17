// Removes the sections of the given reports before they are loaded again, so that
// re-ingesting a report replaces its section tree instead of duplicating or leaving stale parts.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (report:Report)-[:HAS_SECTION]->(item:Section)
WHERE report.id IN $reportIds
DETACH DELETE item
