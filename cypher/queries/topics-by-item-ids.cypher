// The topics each of the given findings or recommendations is tagged with, and the cue that matched.
// params: $ids (list of Finding or Recommendation ids)
// columns: key (item id), topic (Topic node), tag (TAGGED relationship)
MATCH (item)-[tag:TAGGED]->(topic:Topic)
WHERE item.id IN $ids
RETURN item.id AS key, topic, tag
ORDER BY topic.name
