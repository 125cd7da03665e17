// The theme each of the given findings, recommendations or initiatives sits under.
// params: $ids (list of Finding, Recommendation or Initiative ids)
// columns: key (item id), theme (Theme node)
MATCH (item)-[:ON_THEME]->(theme:Theme)
WHERE item.id IN $ids
RETURN item.id AS key, theme
