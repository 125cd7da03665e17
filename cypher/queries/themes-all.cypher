// Every inspection theme, by framework, each top-level theme followed by its sub-themes in
// report order (themes nest two levels deep: a framework's themes and their sub-themes).
// params: (none)
// columns: theme (Theme node)
MATCH (theme:Theme)
OPTIONAL MATCH (theme)-[:SUBTHEME_OF]->(parent:Theme)
RETURN theme
ORDER BY theme.framework, coalesce(parent.ordinal, theme.ordinal), coalesce(parent.id, theme.id), parent.id IS NOT NULL, theme.ordinal, theme.id
