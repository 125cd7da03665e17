// The theme each of the given judgements is on.
// params: $ids (list of Judgement ids)
// columns: key (Judgement id), theme (Theme node)
MATCH (judgement:Judgement)-[:ON_THEME]->(theme:Theme)
WHERE judgement.id IN $ids
RETURN judgement.id AS key, theme
