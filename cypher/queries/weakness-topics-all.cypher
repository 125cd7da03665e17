// Every force's weakness topics (the topics its areas for improvement and causes of concern are tagged with), for the similar-forces question.
// params: $weaknessKinds (the Finding kinds that are weaknesses)
// columns: forceId, topic (Topic node), findings (how many of the force's weakness findings carry the topic)
MATCH (force:Force)<-[:ABOUT]-(finding:Finding)-[:TAGGED]->(topic:Topic)
WHERE finding.kind IN $weaknessKinds
RETURN force.id AS forceId, topic, count(finding) AS findings
ORDER BY forceId, topic.id
