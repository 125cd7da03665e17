// The sections directly inside each of the given sections, in reading order.
// params: $ids (list of Section ids)
// columns: key (the enclosing Section's id), section (Section node)
MATCH (section:Section)-[:SUBSECTION_OF]->(parent:Section)
WHERE parent.id IN $ids
RETURN parent.id AS key, section
ORDER BY section.ordinal
