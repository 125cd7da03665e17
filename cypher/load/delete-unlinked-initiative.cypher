// Removes the initiatives that nothing links to once the given reports' items and links are
// gone: one only the replaced version of a re-ingested report named. Every such node a dataset
// holds is linked, so the load that follows merges back each one the new version still names.
// params: $reportIds (list of Report ids; nothing is removed when it is empty)
// columns: (none)
MATCH (entity:Initiative)
WHERE size($reportIds) > 0 AND NOT EXISTS { MATCH (entity)--() }
DETACH DELETE entity
