// The text of every figure (what it measures and the sentence that states it), for the in-process search index (src/search/), in id order so the index is built the same way on both engines.
// params: (none)
// columns: id (Figure id), name (what the figure measures), quote (the sentence or table row that states it)
MATCH (figure:Figure)
RETURN figure.id AS id, figure.measure AS name, figure.quote AS quote
ORDER BY figure.id
