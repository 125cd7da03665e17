// The ids of the passages printed in each of the given sections or any section inside it, in
// reading order: ids only; the page's passages are then read by id.
// params: $ids (list of Section ids)
// columns: key (Section id), passageId (Passage id)
MATCH (passage:Passage)-[:IN_SECTION]->(:Section)-[:SUBSECTION_OF*0..8]->(section:Section)
WHERE section.id IN $ids
RETURN section.id AS key, passage.id AS passageId
ORDER BY passage.ordinal
