// What each of the given stored reports holds, so that re-ingesting one can be refused when
// it would lose most of its items (a truncated file). Reports not in the graph give no row.
// params: $ids (list of Report ids)
// columns: id (Report id), findings, recommendations, practice, terms (integers), themeIds (ids of the themes it grades)
MATCH (report:Report)
WHERE report.id IN $ids
OPTIONAL MATCH (report)-[:MADE]->(:Judgement)-[:ON_THEME]->(theme:Theme)
WITH report, coalesce(collect(theme.id), []) AS themeIds
RETURN
  report.id AS id,
  COUNT { MATCH (report)-[:HAS_FINDING]->(:Finding) } AS findings,
  COUNT { MATCH (report)-[:RECOMMENDS]->(:Recommendation) } AS recommendations,
  COUNT { MATCH (report)-[:PRESENTS]->(:Initiative) } AS practice,
  COUNT { MATCH (report)-[:DEFINES]->(:Term) } AS terms,
  themeIds
ORDER BY id
