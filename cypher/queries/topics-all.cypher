// Every topic of the taxonomy, by name.
// params: (none)
// columns: topic (Topic node)
MATCH (topic:Topic)
RETURN topic
ORDER BY topic.name
