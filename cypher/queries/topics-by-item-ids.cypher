// The topics each of the given findings, recommendations or passages is tagged with: the cue, the words it matched and the sentence.
// Returns topic ids, not nodes: the few distinct topics are loaded by id in one more batched query,
// which costs far less than repeating a topic node on every tag row.
// params: $ids (list of Finding, Recommendation or Passage ids)
// columns: key (item id), topicId (Topic id), tag (TAGGED relationship: cue, matched and evidence)
MATCH (item)-[tag:TAGGED]->(topic:Topic)
WHERE item.id IN $ids
RETURN item.id AS key, topic.id AS topicId, tag
ORDER BY topic.name
