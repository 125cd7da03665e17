// Every unit's names for the search index, with its force and the reports whose text names it.
// params: (none)
// columns: id, name, acronym, forceId, reportIds (list of Report ids)
MATCH (unit:Unit)
OPTIONAL MATCH ()-[mention:MENTIONS]->(unit)
RETURN unit.id AS id, unit.name AS name, unit.acronym AS acronym, unit.forceId AS forceId,
  coalesce(collect(DISTINCT mention.reportId), []) AS reportIds
ORDER BY id
