// One page of the findings that pass every given filter, newest report first, then in the order each report prints them.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: findings ABOUT any of them), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids; a theme also matches its sub-themes), $anyTopic, $topicIds (Topic ids)
// params: $anyKind, $kinds (FindingKind names), $anyMention, $mentions (ids of entities the finding MENTIONS)
// params: $anyId, $ids (Finding ids, e.g. the candidates of a text filter), $skip, $limit
// columns: finding (Finding node)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyKind OR finding.kind IN $kinds)
  AND ($anyId OR finding.id IN $ids)
WITH report, finding,
  EXISTS { MATCH (finding)-[:ABOUT]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (finding)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (finding)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (finding)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR themeMatch)
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
RETURN finding
ORDER BY report.publishedOn DESC, report.id, finding.lineStart, finding.id
SKIP $skip
LIMIT $limit
