// The judgements on each of the given forces in year order: the grades its reports give (MADE,
// stated THIS_REPORT) and the grades they state earlier inspections gave (STATES, stated EARLIER).
// Within a year an earlier inspection's grade comes first ('EARLIER' sorts before 'THIS_REPORT'),
// then oldest report first, then the order the report prints them.
// params: $ids (list of Force ids)
// columns: key (Force id), judgement (Judgement node)
MATCH (judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE force.id IN $ids
MATCH (report:Report)
WHERE report.id = judgement.reportId
RETURN force.id AS key, judgement
ORDER BY key, judgement.year, judgement.stated, report.publishedOn, report.id, judgement.lineStart, judgement.id
