// The findings tagged with each of the given topics: newest report first, then in report order.
// params: $ids (list of Topic ids)
// columns: key (Topic id), finding (Finding node)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)-[:TAGGED]->(topic:Topic)
WHERE topic.id IN $ids
RETURN DISTINCT topic.id AS key, finding, report.publishedOn AS publishedOn, report.id AS reportId
ORDER BY publishedOn DESC, reportId, finding.lineStart, finding.id
