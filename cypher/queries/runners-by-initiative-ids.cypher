// The forces that run each of the given initiatives: one row per force and report that says so, with where it says so.
// params: $ids (list of Initiative ids)
// columns: key (Initiative id), force (Force node), link (RUNS relationship: its evidence)
MATCH (force:Force)-[link:RUNS]->(initiative:Initiative)
WHERE initiative.id IN $ids
RETURN initiative.id AS key, force, link
ORDER BY force.name, force.id, link.reportId, link.lineStart
