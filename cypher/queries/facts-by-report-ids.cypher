// The facts and indicator values each of the given reports states.
// params: $ids (list of Report ids)
// columns: key (Report id), fact (ForceFact node)
MATCH (report:Report)-[:STATES]->(fact:ForceFact)
WHERE report.id IN $ids
RETURN report.id AS key, fact
ORDER BY fact.category, fact.lineStart, fact.id
