// Every inspection theme, parents before children.
// params: (none)
// columns: theme (Theme node)
MATCH (theme:Theme)
RETURN theme
ORDER BY theme.framework, theme.ordinal, theme.id
