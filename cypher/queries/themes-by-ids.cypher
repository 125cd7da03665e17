// The themes with the given ids.
// params: $ids (list of Theme ids)
// columns: theme (Theme node)
MATCH (theme:Theme)
WHERE theme.id IN $ids
RETURN theme
