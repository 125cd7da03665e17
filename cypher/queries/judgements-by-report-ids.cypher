// The judgements each of the given reports made, in theme order.
// params: $ids (list of Report ids)
// columns: key (Report id), judgement (Judgement node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:ON_THEME]->(theme:Theme)
WHERE report.id IN $ids
RETURN report.id AS key, judgement
ORDER BY judgement.lineStart, judgement.id
