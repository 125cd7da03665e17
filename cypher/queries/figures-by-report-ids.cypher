// The figures each of the given reports states, in reading order, each with its theme and
// force (what nested `figures(filter:)` fields filter on).
// params: $ids (list of Report ids)
// columns: key (Report id), figure (Figure node), themeId (Theme id or null), forceId (Force id or null), publishedOn (the report's YYYY-MM)
MATCH (report:Report)-[:STATES]->(figure:Figure)
WHERE report.id IN $ids
OPTIONAL MATCH (figure)-[:ON_THEME]->(theme:Theme)
OPTIONAL MATCH (figure)-[:ABOUT]->(force:Force)
RETURN report.id AS key, figure, theme.id AS themeId, force.id AS forceId, report.publishedOn AS publishedOn
ORDER BY key, figure.ordinal
