// The forces each of the given forces is grouped with as "most similar" by a report.
// params: $ids (list of Force ids)
// columns: key (Force id), force (Force node), link (MOST_SIMILAR_TO relationship)
MATCH (source:Force)-[link:MOST_SIMILAR_TO]->(force:Force)
WHERE source.id IN $ids
RETURN source.id AS key, force, link
ORDER BY force.name
