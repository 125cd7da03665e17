// The report that made each of the given judgements.
// params: $ids (list of Judgement ids)
// columns: key (Judgement id), report (Report node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)
WHERE judgement.id IN $ids
RETURN judgement.id AS key, report
