// How many findings pass every given filter: the totalCount of `findings-filtered`, with the same filters and no rows fetched.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// params: $anyForce, $forceIds (Force ids), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids; a theme also matches its sub-themes), $anyTopic, $topicIds (Topic ids)
// params: $anyKind, $kinds (FindingKind names), $anyMention, $mentions (ids of mentioned entities)
// params: $anyId, $ids (Finding ids)
// columns: total (integer)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyKind OR finding.kind IN $kinds)
  AND ($anyId OR finding.id IN $ids)
WITH finding,
  EXISTS { MATCH (finding)-[:ABOUT]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (finding)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (finding)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (finding)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR themeMatch)
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
RETURN count(finding) AS total
