// The passage, finding or recommendation that cites each of the given footnotes. Returns the
// item's id, not the node (a node of one of three labels is costly to return); the item is
// loaded by id.
// params: $ids (list of Footnote ids)
// columns: key (Footnote id), itemId (id of the citing Passage, Finding or Recommendation)
MATCH (item)-[:CITES]->(footnote:Footnote)
WHERE footnote.id IN $ids
RETURN footnote.id AS key, item.id AS itemId
