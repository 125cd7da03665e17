// The sub-themes of each of the given themes.
// params: $ids (list of Theme ids)
// columns: key (parent Theme id), theme (Theme node)
MATCH (theme:Theme)-[:SUBTHEME_OF]->(parent:Theme)
WHERE parent.id IN $ids
RETURN parent.id AS key, theme
ORDER BY theme.ordinal, theme.id
