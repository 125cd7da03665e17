// The keys of the findings tagged with each of the given topics, newest report first, then in
// report order: no text, so that a page reads only its own findings' text, by id.
// params: $ids (list of Topic ids)
// columns: key (Topic id), id (Finding id), reportId (Report id), kind (FindingKind)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)-[:TAGGED]->(topic:Topic)
WHERE topic.id IN $ids
RETURN DISTINCT topic.id AS key, finding.id AS id, report.id AS reportId, finding.kind AS kind, report.publishedOn AS publishedOn, finding.lineStart AS lineStart
ORDER BY publishedOn DESC, reportId, lineStart, id
