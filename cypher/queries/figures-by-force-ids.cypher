// The figures the reports state about each of the given forces, newest report first, then in
// reading order, each with its theme (what nested `figures(filter:)` fields filter on).
// params: $ids (list of Force ids)
// columns: key (Force id), figure (Figure node), themeId (Theme id or null), forceId (Force id), publishedOn (the report's YYYY-MM)
MATCH (report:Report)-[:STATES]->(figure:Figure)-[:ABOUT]->(force:Force)
WHERE force.id IN $ids
OPTIONAL MATCH (figure)-[:ON_THEME]->(theme:Theme)
RETURN force.id AS key, figure, theme.id AS themeId, force.id AS forceId, report.publishedOn AS publishedOn
ORDER BY key, report.publishedOn DESC, report.id, figure.ordinal
