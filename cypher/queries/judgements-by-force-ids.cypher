// The judgements on each of the given forces, newest report first, then report id, then in the order the report prints them.
// params: $ids (list of Force ids)
// columns: key (Force id), judgement (Judgement node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, judgement
ORDER BY report.publishedOn DESC, report.id, judgement.lineStart, judgement.id
