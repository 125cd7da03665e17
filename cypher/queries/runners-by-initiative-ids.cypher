// The forces that run each of the given initiatives.
// params: $ids (list of Initiative ids)
// columns: key (Initiative id), force (Force node)
MATCH (force:Force)-[:RUNS]->(initiative:Initiative)
WHERE initiative.id IN $ids
RETURN DISTINCT initiative.id AS key, force
