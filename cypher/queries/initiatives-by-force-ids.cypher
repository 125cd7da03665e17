// The initiatives (developing practice and others) each of the given forces runs, by name.
// params: $ids (list of Force ids)
// columns: key (Force id), initiative (Initiative node)
MATCH (force:Force)-[:RUNS]->(initiative:Initiative)
WHERE force.id IN $ids
RETURN DISTINCT force.id AS key, initiative
ORDER BY initiative.name, initiative.id
