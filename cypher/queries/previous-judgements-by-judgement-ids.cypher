// The grade before each of the given judgements: the same force's judgement on the same theme from an earlier
// inspection year, the latest first. Within a year the grade a report gives (THIS_REPORT) comes before a grade
// a later report states (EARLIER), then the newest report, then the last printed. The API keeps the first row per key.
// params: $ids (list of Judgement ids)
// columns: key (Judgement id), judgement (the earlier Judgement node)
MATCH (force:Force)<-[:OF_FORCE]-(later:Judgement)-[:ON_THEME]->(theme:Theme)
WHERE later.id IN $ids
MATCH (force)<-[:OF_FORCE]-(judgement:Judgement)-[:ON_THEME]->(theme)
WHERE judgement.year < later.year
MATCH (report:Report)
WHERE report.id = judgement.reportId
RETURN later.id AS key, judgement
ORDER BY key, judgement.year DESC, judgement.stated DESC, report.publishedOn DESC, report.id DESC, judgement.lineStart DESC, judgement.id DESC
