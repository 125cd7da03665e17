// One page of the passages that pass every given filter, newest report first, then in reading order.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: the force the report inspects), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: the passage's own theme only; false: sub-themes match too)
// params: $anySection, $sectionIds (Section ids: a section also matches the sections inside it), $anyKind, $kinds (PassageKind names)
// params: $anyTopic, $topicIds (Topic ids), $anyMention, $mentions (ids of entities the passage MENTIONS)
// params: $anyId, $ids (Passage ids, e.g. the candidates of a text filter)
// Keyset paging: the page starts after the item whose sort key is ($afterMonth, $afterReportId, $afterOrdinal, $afterId), compared term by term
// in each term's ORDER BY direction; the key columns are returned beside the item for the next cursor (src/api/pagination/keyset.ts).
// params: $fromStart (true: the first page; the after-key values are then unused), $afterMonth, $afterReportId, $afterOrdinal, $afterId, $limit
// columns: passage (Passage node), month, reportId, ordinal, id (its sort key)
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
WITH passage,
  coalesce(report.publishedOn, '') AS month,
  report.id AS reportId,
  coalesce(passage.ordinal, 0) AS ordinal,
  passage.id AS id
WHERE $fromStart
  OR month < $afterMonth
  OR (month = $afterMonth AND reportId > $afterReportId)
  OR (month = $afterMonth AND reportId = $afterReportId AND ordinal > $afterOrdinal)
  OR (month = $afterMonth AND reportId = $afterReportId AND ordinal = $afterOrdinal AND id > $afterId)
RETURN passage, month, reportId, ordinal, id
ORDER BY month DESC, reportId, ordinal, id
LIMIT $limit
