// The number of passages that pass every given filter (the `totalCount` of `passages-filtered`).
// params: $anyForce, $forceIds, $anyReport, $reportIds, $anyTheme, $themeIds, $exactTheme, $anySection, $sectionIds
// params: $anyKind, $kinds, $anyTopic, $topicIds, $anyMention, $mentions, $anyId, $ids (as in passages-filtered)
// columns: total (integer)
MATCH (report:Report)-[:HAS_PASSAGE]->(passage:Passage)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyForce OR report.forceId IN $forceIds)
  AND ($anyKind OR passage.kind IN $kinds)
  AND ($anyId OR passage.id IN $ids)
WITH report, passage,
  EXISTS { MATCH (passage)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (passage)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS ownThemeMatch,
  EXISTS { MATCH (passage)-[:IN_SECTION]->(:Section)-[:SUBSECTION_OF*0..8]->(section:Section) WHERE section.id IN $sectionIds } AS sectionMatch,
  EXISTS { MATCH (passage)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (passage)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyTheme OR ($exactTheme AND ownThemeMatch) OR (NOT $exactTheme AND themeMatch))
  AND ($anySection OR sectionMatch)
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
RETURN count(passage) AS total
