// The judgements on each of the given forces, newest report first, then report id, then in the order the report prints them:
// the grades its reports give (MADE) and the grades they state earlier inspections gave (STATES; the API keeps the ones `stated` asks for).
// params: $ids (list of Force ids)
// columns: key (Force id), judgement (Judgement node)
MATCH (report:Report)-[:MADE|STATES]->(judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, judgement
ORDER BY report.publishedOn DESC, report.id, judgement.lineStart, judgement.id
