// Every force's grade on one theme: newest report first, then best grade first, then by force name.
// params: $themeId (Theme id)
// columns: judgement (Judgement node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:ON_THEME]->(theme:Theme {id: $themeId})
MATCH (judgement)-[:OF_FORCE]->(force:Force)
RETURN judgement
ORDER BY report.publishedOn DESC, judgement.rank, force.name, judgement.id
