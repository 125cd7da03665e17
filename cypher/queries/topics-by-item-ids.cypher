// The topics each of the given findings or recommendations is tagged with, and the cue that matched.
// Returns topic ids, not nodes: the few distinct topics are loaded by id in one more batched query,
// which costs far less than repeating a topic node on every tag row.
// params: $ids (list of Finding or Recommendation ids)
// columns: key (item id), topicId (Topic id), cue (the text cue that matched)
MATCH (item)-[tag:TAGGED]->(topic:Topic)
WHERE item.id IN $ids
RETURN item.id AS key, topic.id AS topicId, tag.cue AS cue
ORDER BY topic.name
