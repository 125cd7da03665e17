// The developing-practice initiatives each of the given reports presents, in report order.
// params: $ids (list of Report ids)
// columns: key (Report id), initiative (Initiative node)
MATCH (report:Report)-[:PRESENTS]->(initiative:Initiative)
WHERE report.id IN $ids
RETURN report.id AS key, initiative
ORDER BY initiative.lineStart, initiative.id
