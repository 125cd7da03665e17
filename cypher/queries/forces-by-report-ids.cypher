// The force each of the given reports inspects.
// params: $ids (list of Report ids)
// columns: key (Report id), force (Force node)
MATCH (report:Report)-[:INSPECTS]->(force:Force)
WHERE report.id IN $ids
RETURN report.id AS key, force
