// The reports on each of the given forces, newest first.
// params: $ids (list of Force ids)
// columns: key (Force id), report (Report node)
MATCH (report:Report)-[:INSPECTS]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, report
ORDER BY report.publishedOn DESC, report.id
