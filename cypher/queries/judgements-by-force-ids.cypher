// The judgements on each of the given forces, newest report first.
// params: $ids (list of Force ids)
// columns: key (Force id), judgement (Judgement node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE force.id IN $ids
MATCH (judgement)-[:ON_THEME]->(theme:Theme)
RETURN force.id AS key, judgement
ORDER BY report.publishedOn DESC, theme.ordinal, judgement.id
