// The later frameworks' themes that carry on each of the given themes (CONTINUES, from the theme vocabulary).
// params: $ids (list of Theme ids: the earlier themes)
// columns: key (the earlier Theme id), theme (the later Theme node), basis (why the two are one line of assessment)
MATCH (theme:Theme)-[link:CONTINUES]->(earlier:Theme)
WHERE earlier.id IN $ids
RETURN earlier.id AS key, theme, link.basis AS basis
ORDER BY theme.framework, theme.ordinal, theme.id
