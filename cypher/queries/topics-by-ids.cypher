// The topics with the given ids.
// params: $ids (list of Topic ids)
// columns: topic (Topic node)
MATCH (topic:Topic)
WHERE topic.id IN $ids
RETURN topic
