// The list item (finding, recommendation or developing-practice initiative) each of the given figures is printed in.
// params: $ids (list of Figure ids)
// columns: key (Figure id), itemId (id of the item; load it by id)
MATCH (figure:Figure)-[:STATED_IN]->(item)
WHERE figure.id IN $ids
RETURN figure.id AS key, item.id AS itemId
ORDER BY key, itemId
