// The units (commands, teams, departments, BCUs) of each of the given forces.
// params: $ids (list of Force ids)
// columns: key (Force id), unit (Unit node)
MATCH (unit:Unit)-[:PART_OF]->(force:Force)
WHERE force.id IN $ids
RETURN DISTINCT force.id AS key, unit
ORDER BY unit.name
