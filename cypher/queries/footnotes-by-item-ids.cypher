// The footnotes each of the given passages, findings or recommendations cites, by mark order.
// params: $ids (ids of Passage, Finding or Recommendation nodes)
// columns: key (the item's id), footnote (Footnote node)
MATCH (item)-[:CITES]->(footnote:Footnote)
WHERE item.id IN $ids
RETURN item.id AS key, footnote
ORDER BY footnote.lineStart, footnote.id
