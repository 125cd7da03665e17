// The keys of the findings about each of the given forces, newest report first, then in report
// order: no text, so that a page reads only its own findings' text, by id.
// params: $ids (list of Force ids)
// columns: key (Force id), id (Finding id), reportId (Report id), kind (FindingKind)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)-[:ABOUT]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, finding.id AS id, report.id AS reportId, finding.kind AS kind
ORDER BY report.publishedOn DESC, report.id, finding.lineStart, finding.id
