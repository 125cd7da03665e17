// The theme each of the given findings, recommendations, initiatives or figures sits under.
// params: $ids (list of Finding, Recommendation, Initiative or Figure ids)
// columns: key (item id), theme (Theme node)
MATCH (item)-[:ON_THEME]->(theme:Theme)
WHERE item.id IN $ids
RETURN item.id AS key, theme
