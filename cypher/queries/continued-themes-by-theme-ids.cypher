// The earlier frameworks' themes each of the given themes carries on (CONTINUES, from the theme vocabulary).
// params: $ids (list of Theme ids: the later themes)
// columns: key (the later Theme id), theme (the earlier Theme node), basis (why the two are one line of assessment)
MATCH (later:Theme)-[link:CONTINUES]->(theme:Theme)
WHERE later.id IN $ids
RETURN later.id AS key, theme, link.basis AS basis
ORDER BY theme.framework, theme.ordinal, theme.id
