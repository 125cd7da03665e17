// The passages with the given ids.
// params: $ids (list of Passage ids)
// columns: passage (Passage node)
MATCH (passage:Passage)
WHERE passage.id IN $ids
RETURN passage
