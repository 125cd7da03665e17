// The facts and indicator values the reports state about each of the given forces.
// params: $ids (list of Force ids)
// columns: key (Force id), fact (ForceFact node)
MATCH (force:Force)-[:HAS_FACT]->(fact:ForceFact)
WHERE force.id IN $ids
RETURN force.id AS key, fact
ORDER BY fact.reportId, fact.category, fact.lineStart, fact.id
