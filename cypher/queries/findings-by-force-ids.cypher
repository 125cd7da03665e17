// The findings about each of the given forces: newest report first, then in report order.
// params: $ids (list of Force ids)
// columns: key (Force id), finding (Finding node)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)-[:ABOUT]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, finding
ORDER BY report.publishedOn DESC, report.id, finding.lineStart, finding.id
