// The force each of the given judgements is about.
// params: $ids (list of Judgement ids)
// columns: key (Judgement id), force (Force node)
MATCH (judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE judgement.id IN $ids
RETURN judgement.id AS key, force
