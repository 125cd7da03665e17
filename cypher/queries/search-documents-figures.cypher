// The text of every figure (what it measures and the sentence that states it) for the search index, with its report and its theme and the theme's ancestors, in id order so the index is built the same way on both engines.
// params: (none)
// columns: id (Figure id), name (what the figure measures), quote (the sentence or table row that states it), reportId (its report), themeIds (list of Theme ids, empty outside themes)
MATCH (report:Report)-[:STATES]->(figure:Figure)
OPTIONAL MATCH (figure)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
RETURN figure.id AS id, figure.measure AS name, figure.quote AS quote, report.id AS reportId, coalesce(collect(theme.id), []) AS themeIds
ORDER BY id
