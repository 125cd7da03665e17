// The figures stated in each of the given passages, in reading order, each with its theme and
// force (what nested `figures(filter:)` fields filter on).
// params: $ids (list of Passage ids)
// columns: key (Passage id), figure (Figure node), themeId (Theme id or null), forceId (Force id or null), publishedOn (the report's YYYY-MM)
MATCH (report:Report)-[:STATES]->(figure:Figure)-[:STATED_IN]->(passage:Passage)
WHERE passage.id IN $ids
OPTIONAL MATCH (figure)-[:ON_THEME]->(theme:Theme)
OPTIONAL MATCH (figure)-[:ABOUT]->(force:Force)
RETURN passage.id AS key, figure, theme.id AS themeId, force.id AS forceId, report.publishedOn AS publishedOn
ORDER BY key, figure.ordinal
