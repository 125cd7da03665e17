// The findings filed under each of the given themes (not their sub-themes): newest report first, then in report order.
// params: $ids (list of Theme ids)
// columns: key (Theme id), finding (Finding node)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)-[:ON_THEME]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, finding
ORDER BY report.publishedOn DESC, report.id, finding.lineStart, finding.id
