// The figures stated in each of the given items (prose passages, findings, recommendations,
// developing-practice initiatives), in reading order, each with its theme and force (what
// nested `figures(filter:)` fields filter on).
// params: $ids (list of Passage, Finding, Recommendation or Initiative ids)
// columns: key (item id), figure (Figure node), themeId (Theme id or null), forceId (Force id or null), publishedOn (the report's YYYY-MM)
MATCH (report:Report)-[:STATES]->(figure:Figure)-[:STATED_IN]->(item)
WHERE item.id IN $ids
OPTIONAL MATCH (figure)-[:ON_THEME]->(theme:Theme)
OPTIONAL MATCH (figure)-[:ABOUT]->(force:Force)
RETURN item.id AS key, figure, theme.id AS themeId, force.id AS forceId, report.publishedOn AS publishedOn
ORDER BY key, figure.ordinal
