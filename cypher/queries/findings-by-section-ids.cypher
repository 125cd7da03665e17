// The findings printed in each of the given sections or any section inside it, in the order the
// report prints them.
// params: $ids (list of Section ids)
// columns: key (Section id), finding (Finding node)
MATCH (finding:Finding)-[:IN_SECTION]->(:Section)-[:SUBSECTION_OF*0..8]->(section:Section)
WHERE section.id IN $ids
RETURN section.id AS key, finding
ORDER BY finding.lineStart, finding.id
